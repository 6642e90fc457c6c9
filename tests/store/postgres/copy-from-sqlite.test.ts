import { describe, expect, it } from "vitest";
import { silentLogger } from "../../../src/log/logger.js";
import { DataDirInUseError } from "../../../src/store/instance-lock.js";
import { copySqliteToPostgres } from "../../../src/store/postgres/copy-from-sqlite.js";
import { createSqliteStore } from "../../../src/store/sqlite-store.js";
import type { Store } from "../../../src/store/types.js";
import { newPostgresDatabase } from "../../support/postgres.js";
import { tempDir } from "../../support/temp-dirs.js";
import { EARLIER_HEADLINES, IRAQ, JAPAN, section } from "../fixtures/headlines.js";
import { SITE_ZONE } from "../fixtures/open-store.js";
import { openPostgresAt } from "../support/backends.js";

const NOW = Date.parse("2026-11-30T09:00:00Z");
const alice = { chatId: 1001, threadId: null, chatType: "private" as const };
const newsroom = { chatId: -1002003004005, threadId: 77, chatType: "supergroup" as const };
const openSqliteAt = (dataDir: string) => createSqliteStore({ dataDir, siteTimezone: SITE_ZONE, logger: silentLogger, now: () => NOW });
const copy = (dataDir: string, url: string) => copySqliteToPostgres({ dataDir, url, logger: silentLogger, now: () => NOW });

/** A bot's store after a few days: readers, follows, seen items, a queue part sent, questions and votes. */
async function fill(store: Store): Promise<void> {
  await store.subscribers.upsert(alice, { mode: "instant", timezone: "Europe/Berlin", quiet: { start: 1380, end: 420 } });
  await store.subscribers.upsert(newsroom, { mode: "daily", digestMinutes: 600 });
  await store.subscribers.upsert({ ...alice, chatId: 1003 }, { mode: "instant" });
  await store.subscribers.deactivate(1003);
  await store.follows.add(alice, "Zangezur corridor");
  await store.follows.add(newsroom, "Aras river");
  await store.items.record("corpus", EARLIER_HEADLINES);
  const fresh = await store.items.record("corpus", [JAPAN, IRAQ, section("Iran’s growing paranoia toward Azerbaijan", "Mounting tensions")]);
  await store.outbox.enqueue(
    fresh.map((item, n) => ({
      chatId: alice.chatId,
      threadId: null,
      purpose: "push" as const,
      subject: String(item.id),
      itemId: item.id,
      text: `<b>${item.title}</b>`,
      buttons: [{ kind: "explain" as const, itemId: item.id, number: n + 1 }],
      entry: `<a href="https://caliber.az/">${item.title}</a>`,
      notBefore: NOW,
    })),
  );
  const claimed = await store.outbox.claim(NOW, [], 1, (lead) => [lead.id]);
  await store.outbox.markSent(claimed!.map((row) => row.id), NOW + 500);
  const question = await store.questions.add({
    askedAt: NOW,
    chatHash: "c0ffee",
    text: "why does Iran oppose the Zangezur corridor?",
    reply: "answer",
    passage: { articleId: "iran", article: "Iran’s growing paranoia", heading: "Mounting tensions", excerpt: "The corridor…", score: 0.82 },
    language: "en",
  });
  await store.questions.vote(question, "reader-1", -1, NOW);
  await store.questions.setReason(question, "reader-1", "outdated", NOW);
  await store.chatLanguages.set(alice.chatId, "ru", "chosen");
  await store.chatLanguages.set(newsroom.chatId, "az", "seen");
  await store.telegramHolds.hold("chat:1001", NOW + 60_000, NOW);
  await store.feedStories.list(
    [
      {
        storyKey: "caliber.az/en/post/japan",
        feed: "https://caliber.az/rss",
        url: "https://caliber.az/en/post/japan",
        headline: { id: "japan", title: JAPAN.title, tag: null, subtitle: null, publishedAt: JAPAN.publishedAt, list: "RSS", url: JAPAN.url, language: "en" },
        article: null,
        fetch: true,
      },
    ],
    NOW,
    NOW - 1000,
  );
}

/** Everything the contract reads back, for comparing two stores. */
async function contents(store: Store) {
  return {
    subscribers: await Promise.all([alice.chatId, newsroom.chatId, 1003].map((chatId) => store.subscribers.get(chatId))),
    follows: [...(await store.follows.list(alice.chatId)), ...(await store.follows.list(newsroom.chatId))],
    seen: await store.items.listSeenBetween(0, NOW + 1, 100),
    outbox: await store.outbox.list(),
    questions: await store.questions.latest({ limit: 10, offset: 0 }),
    languages: await store.chatLanguages.all(),
    holds: await store.telegramHolds.active(NOW),
    stories: await store.feedStories.all(),
    stats: await store.stats(NOW + 1000),
  };
}

describe("copying a SQLite store into PostgreSQL", () => {
  it("copies every table with its ids, so the PostgreSQL store returns the same through the contract, and new ids follow", async () => {
    const dataDir = tempDir("copy");
    const sqlite = openSqliteAt(dataDir);
    await fill(sqlite);
    const before = await contents(sqlite);
    await sqlite.close();

    const url = newPostgresDatabase();
    const copied = await copy(dataDir, url);
    expect(Object.fromEntries(copied)).toMatchObject({ subscribers: 3, follows: 2, items: 6, outbox: 3, questions: 1, question_votes: 1, chat_languages: 2 });

    const postgres = await openPostgresAt(url, () => NOW);
    expect(await contents(postgres)).toEqual(before);
    // The first poll's history came too: the same headlines are not new on PostgreSQL.
    expect(await postgres.items.record("corpus", [...EARLIER_HEADLINES, JAPAN])).toEqual([]);
    const follow = await postgres.follows.add(alice, "Nakhchivan");
    expect(follow.id).toBeGreaterThan(Math.max(...before.follows.map((f) => f.id)));
  });

  it("refuses a target that already holds data, and a DATA_DIR a running bot holds", async () => {
    const dataDir = tempDir("copy-refused");
    const sqlite = openSqliteAt(dataDir);
    await fill(sqlite);
    const url = newPostgresDatabase();
    await expect(copy(dataDir, url)).rejects.toThrow(DataDirInUseError);
    await sqlite.close();

    await copy(dataDir, url);
    await expect(copy(dataDir, url)).rejects.toThrow(/the target database already holds data \(subscribers, follows, sources, items, outbox/);
    await expect(copy(tempDir("copy-empty"), url)).rejects.toThrow(/holds no newsdesk database/);
  });
});
