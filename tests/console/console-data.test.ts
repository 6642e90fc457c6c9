import { describe, expect, it } from "vitest";
import type { CorpusStatus } from "../../src/app/corpus-hub.js";
import { createConsoleData } from "../../src/console/console-data.js";
import type { QuestionDraft } from "../../src/store/question-types.js";
import { headline, JAPAN } from "../store/fixtures/headlines.js";
import { openMemoryStore } from "../store/fixtures/open-store.js";
import { DELIVERY_TEXTS } from "../support/texts.js";

const HOUR = 60 * 60 * 1000;
const EMPTY_CORPUS: CorpusStatus = { files: { articles: [], headlines: [] }, feeds: { articles: [], headlines: [] }, skipped: [] };

function setUp(start: number) {
  let now = start;
  const store = openMemoryStore(() => now);
  const data = createConsoleData({ getStore: () => store, corpusStatus: () => EMPTY_CORPUS, now: () => now, deliveryTexts: DELIVERY_TEXTS });
  return { store, data, at: (ms: number) => (now = ms) };
}

const question = (text: string, fields: Partial<QuestionDraft>): QuestionDraft => ({
  askedAt: 0,
  chatHash: "x",
  text,
  reply: "not_found",
  passage: null,
  language: "en",
  ...fields,
});

describe("what the console's pages read", () => {
  it("previews the digest of the hour asked, today's when it has passed, else yesterday's", async () => {
    const morning = Date.parse("2026-12-01T04:00:00Z"); // 08:00 in Baku
    const { store, data, at } = setUp(morning - 30 * HOUR);
    await store.items.record("feed", [headline("History from the first poll")]);
    at(morning - 2 * HOUR);
    await store.items.record("feed", [JAPAN]);
    at(morning + HOUR);
    const today = await data.digestPreview("Asia/Baku", 8 * 60);
    expect(today.at).toBe(morning);
    expect(today.messages.join("\n")).toContain(JAPAN.title);
    expect(today.messages.join("\n")).not.toContain("History from the first poll");
    // 10:00 in Baku has not come yet today: yesterday's 10:00 digest, which had nothing new.
    expect(await data.digestPreview("Asia/Baku", 10 * 60)).toEqual({ at: morning + 2 * HOUR - 24 * HOUR, messages: [] });
  });

  it("counts active readers by mode, zone, and the language their chat is spoken to in", async () => {
    const start = Date.parse("2026-11-30T12:00:00Z");
    const { store, data, at } = setUp(start);
    await store.subscribers.upsert({ chatId: 1, threadId: null, chatType: "private" }, { mode: "instant" });
    await store.subscribers.upsert({ chatId: 2, threadId: null, chatType: "private" }, { mode: "daily", timezone: "Europe/Berlin" });
    at(start + 24 * HOUR);
    await store.subscribers.upsert({ chatId: 3, threadId: null, chatType: "private" }, { mode: "instant" });
    await store.chatLanguages.set(1, "ru", "chosen");
    await store.chatLanguages.set(2, "az", "seen");
    const report = await data.readers();
    expect(report.byMode).toMatchObject({ instant: 2, daily: 1 });
    expect(report.byLanguage).toEqual([
      { label: "az", count: 1 },
      { label: "en", count: 1 },
      { label: "ru", count: 1 },
    ]);
    expect(report.byZone).toEqual([
      { label: "Asia/Baku", count: 2 },
      { label: "Europe/Berlin", count: 1 },
    ]);
    expect(report.perDay).toEqual([
      { day: "2026-11-30", joined: 2, total: 2 },
      { day: "2026-12-01", joined: 1, total: 3 },
    ]);
  });

  it("groups the unanswered questions of the last 30 days, leaving answers out", async () => {
    const now = Date.parse("2026-12-01T12:00:00Z");
    const { store, data } = setUp(now);
    await store.questions.add(question("population of Baku", { askedAt: now - HOUR }));
    await store.questions.add(question("Baku's population?", { askedAt: now - 2 * HOUR, reply: "related" }));
    await store.questions.add(question("Baku population", { askedAt: now - 31 * 24 * HOUR }));
    await store.questions.add(question("the population of Baku", { askedAt: now, reply: "answer" }));
    expect((await data.unansweredGroups()).map((g) => g.members.map((q) => q.text))).toEqual([["population of Baku", "Baku's population?"]]);
  });
});
