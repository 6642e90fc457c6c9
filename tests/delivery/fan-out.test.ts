import { DELIVERY_TEXTS } from "../support/texts.js";
import { describe, expect, it } from "vitest";
import { createIngest } from "../../src/delivery/ingest.js";
import { silentLogger } from "../../src/log/logger.js";
import type { Store } from "../../src/store/types.js";
import { CORRIDOR, EARLIER_HEADLINES, IRAQ, JAPAN, headline, section } from "../store/fixtures/headlines.js";
import { openMemoryStore } from "../store/fixtures/open-store.js";
import { createFakeClock } from "./helpers/fake-clock.js";
import { matchWords } from "./helpers/match-words.js";

const chat = (chatId: number) => ({ chatId, threadId: null, chatType: "private" as const });

async function setup(maxPushesPerChat?: number) {
  const clock = createFakeClock("2023-03-28T03:00:00Z"); // 07:00 in Baku
  const store = openMemoryStore(clock.now);
  let wakes = 0;
  const onQueued = () => wakes++;
  const ingest = createIngest({ textsOf: () => DELIVERY_TEXTS,
    store,
    matchFollow: matchWords,
    canExplain: () => true,
    now: clock.now,
    logger: silentLogger,
    onQueued,
    maxPushesPerChat,
  });
  await ingest.ingest("corpus", EARLIER_HEADLINES);
  return { clock, store, ingest, wakes: () => wakes };
}

/** Who has which item queued, as "chat: title" lines. */
async function queued(store: Store): Promise<string[]> {
  const rows = await store.outbox.list();
  const lines = await Promise.all(rows.map(async (row) => `${row.chatId}: ${(await store.items.get(row.itemId ?? -1))?.title ?? row.subject}`));
  return lines.sort();
}

describe("fan-out of new items", () => {
  it("queues a new headline for every instant subscriber and nobody else", async () => {
    const { store, ingest, wakes } = await setup();
    await store.subscribers.upsert(chat(1), { mode: "instant" });
    await store.subscribers.upsert(chat(2), { mode: "daily" });
    await store.subscribers.upsert(chat(3), { mode: "off" });
    await store.subscribers.upsert(chat(4), { mode: "instant" });
    await store.subscribers.deactivate(4);

    const fresh = await ingest.ingest("corpus", [...EARLIER_HEADLINES, JAPAN]);
    expect(fresh.map((item) => item.title)).toEqual([JAPAN.title]);
    expect(await queued(store)).toEqual([`1: ${JAPAN.title}`]);
    expect(wakes()).toBe(1);
  });

  it("pushes nothing for a source's first poll", async () => {
    const { store, ingest } = await setup();
    await store.subscribers.upsert(chat(1), { mode: "instant" });
    expect(await ingest.ingest("feed:https://news.example/rss", [JAPAN, IRAQ])).toEqual([]);
    expect(await queued(store)).toEqual([]);
  });

  it("pushes a followed story whatever the mode, once to a reader with two reasons", async () => {
    const { store, ingest } = await setup();
    await store.subscribers.upsert(chat(1), { mode: "instant" });
    await store.follows.add(chat(1), "Zangezur corridor");
    await store.follows.add(chat(1), "Armenia");
    await store.follows.add(chat(2), "zangezur");
    await store.subscribers.upsert(chat(2), { mode: "daily" });
    await store.follows.add(chat(3), "Nakhchivan");

    await ingest.ingest("corpus", [CORRIDOR, JAPAN]);
    expect(await queued(store)).toEqual([`1: ${CORRIDOR.title}`, `1: ${JAPAN.title}`, `2: ${CORRIDOR.title}`]);
    const [corridorForAlice] = (await store.outbox.list({ chatId: 1 })).filter((row) => row.text.includes("Zangezur"));
    expect(corridorForAlice?.text).toContain("You follow “Zangezur corridor”");
  });

  it("pushes new sections of an article only to those who follow their story", async () => {
    const { store, ingest } = await setup();
    await store.subscribers.upsert(chat(1), { mode: "instant" });
    await store.follows.add(chat(2), "Iran paranoia");
    await ingest.ingest("corpus", [section("Iran’s growing paranoia toward Azerbaijan", "Veering into taboo territory")]);
    expect((await store.outbox.list()).map((row) => row.chatId)).toEqual([2]);
  });

  it("pushes a new article once to instant readers, by its first section, and the same story as a headline is not pushed again", async () => {
    const { store, ingest } = await setup();
    await store.subscribers.upsert(chat(1), { mode: "instant" });
    const article = "Kazakhstan and Azerbaijan expand the Middle Corridor";
    const url = "https://example.com/economy/caspian-shipping-route";
    const lead = section(article, article, { sectionIndex: 0, subtitle: "Ports of Alat and Aktau prepare for more containers", url });
    const ferries = section(article, "Ferry capacity", { sectionIndex: 1, url });
    await ingest.ingest("corpus", [lead, ferries]);
    expect(await queued(store)).toEqual([`1: ${article}`]);
    const [push] = await store.outbox.list();
    expect(push?.text.split("\n")).toEqual([
      `<b>${article}</b>`,
      "<i>Ports of Alat and Aktau prepare for more containers</i>",
      "27 Jan 2023, 14:27 · REGION",
      `<a href="${url}">Read on the site</a>`,
    ]);
    expect(await ingest.ingest("feed:https://example.com/rss", [])).toEqual([]);
    expect(await ingest.ingest("feed:https://example.com/rss", [headline(article.toUpperCase(), { url: url + "?utm_source=rss" })])).toEqual([]);
    expect(await store.outbox.list()).toHaveLength(1);
  });

  it("holds a push in a reader's quiet hours until the window ends in their zone", async () => {
    const { clock, store, ingest } = await setup();
    const night = { start: 23 * 60, end: 7 * 60 };
    await store.subscribers.upsert(chat(1), { mode: "instant", quiet: night }); // Baku, 07:00: just out
    await store.subscribers.upsert(chat(2), { mode: "instant", quiet: night, timezone: "Europe/Berlin" }); // 05:00
    await store.subscribers.upsert(chat(3), { mode: "instant", timezone: "Europe/Berlin" });

    await ingest.ingest("corpus", [JAPAN]);
    const due = Object.fromEntries((await store.outbox.list()).map((row) => [row.chatId, new Date(row.notBefore).toISOString()]));
    expect(due).toEqual({
      1: new Date(clock.now()).toISOString(),
      2: "2023-03-28T05:00:00.000Z",
      3: new Date(clock.now()).toISOString(),
    });
  });

  it("records the items and their pushes together or not at all", async () => {
    const { store, ingest } = await setup();
    await store.subscribers.upsert(chat(1), { mode: "instant" });
    const failing = createIngest({ textsOf: () => DELIVERY_TEXTS,
      store: {
        ...store,
        // The pushes are queued in the transaction that records the items, through its own parts.
        transaction: (fn) =>
          store.transaction((tx) =>
            fn({
              ...tx,
              outbox: {
                ...tx.outbox,
                enqueue: async () => {
                  throw new Error("disk full");
                },
              },
            }),
          ),
      },
      matchFollow: matchWords,
      canExplain: () => true,
      now: () => 0,
      logger: silentLogger,
    });
    await expect(failing.ingest("corpus", [JAPAN])).rejects.toThrow(/disk full/);
    expect((await ingest.ingest("corpus", [JAPAN])).map((item) => item.title)).toEqual([JAPAN.title]);
    expect(await queued(store)).toEqual([`1: ${JAPAN.title}`]);
  });

  it("pushes at most PUSH_BURST_MAX items of one ingest to a reader, followed ones first, and offers the rest", async () => {
    const { store, ingest } = await setup(3);
    await store.subscribers.upsert(chat(1), { mode: "instant" });
    await store.follows.add(chat(1), "Zangezur corridor");
    await store.subscribers.upsert(chat(2), { mode: "instant" });
    const burst = ["Alpha", "Bravo", "Charlie", "Delta"].map((word) => headline(`${word} news of the morning`));
    const fresh = await ingest.ingest("corpus", [...EARLIER_HEADLINES, ...burst, CORRIDOR]);
    expect(fresh).toHaveLength(5);

    const rows = async (chatId: number) =>
      Promise.all((await store.outbox.list({ chatId })).map(async (row) => (row.itemId === null ? row.text : (await store.items.get(row.itemId))!.title)));
    expect(await rows(1)).toEqual([
      "Alpha news of the morning",
      "Bravo news of the morning",
      CORRIDOR.title,
      "<i>2 more new headlines: see /latest</i>",
    ]);
    expect(await rows(2)).toEqual([
      "Alpha news of the morning",
      "Bravo news of the morning",
      "Charlie news of the morning",
      "<i>2 more new headlines: see /latest</i>",
    ]);
    expect(await ingest.ingest("corpus", [headline("Echo news of the morning")])).toHaveLength(1);
    expect(await rows(2)).toHaveLength(5);
  });
});
