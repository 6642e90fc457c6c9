import { DELIVERY_TEXTS } from "../support/texts.js";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { createDigestScheduler } from "../../src/delivery/digest-scheduler.js";
import { createIngest } from "../../src/delivery/ingest.js";
import { silentLogger } from "../../src/log/logger.js";
import { createSqliteStore } from "../../src/store/sqlite-store.js";
import type { Store } from "../../src/store/types.js";
import { EARLIER_HEADLINES, headline, IRAQ, JAPAN } from "../store/fixtures/headlines.js";
import { openMemoryStore, SITE_ZONE } from "../store/fixtures/open-store.js";
import { createFakeClock, type FakeClock } from "./helpers/fake-clock.js";
import { matchWords } from "./helpers/match-words.js";

const berliner = { chatId: 2001, threadId: null, chatType: "private" as const };
const bakuReader = { chatId: 2002, threadId: null, chatType: "private" as const };

function wire(store: Store, clock: FakeClock) {
  const ingest = createIngest({ textsOf: () => DELIVERY_TEXTS, store, matchFollow: matchWords, canExplain: () => true, now: clock.now, logger: silentLogger });
  const scheduler = createDigestScheduler({ textsOf: () => DELIVERY_TEXTS, store, now: clock.now, logger: silentLogger });
  return { ingest, scheduler };
}

const digests = async (store: Store, chatId: number) =>
  (await store.outbox.list({ chatId })).filter((row) => row.purpose === "digest");

describe("daily digests", () => {
  const dirs: string[] = [];
  afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

  it("goes at the reader's local hour in their zone, with what arrived since they subscribed", async () => {
    const clock = createFakeClock("2023-03-27T18:00:00Z");
    const store = openMemoryStore(clock.now);
    const { ingest, scheduler } = wire(store, clock);
    await ingest.ingest("corpus", EARLIER_HEADLINES);
    await store.subscribers.upsert(berliner, { mode: "daily", timezone: "Europe/Berlin" });
    await store.subscribers.upsert(bakuReader, { mode: "daily" });
    clock.set("2023-03-27T23:00:00Z");
    await ingest.ingest("corpus", [JAPAN, IRAQ]);

    clock.set("2023-03-28T03:59:00Z");
    expect(await scheduler.runOnce()).toBe(0);
    clock.set("2023-03-28T04:00:00Z"); // 08:00 in Baku, 06:00 in Berlin
    expect(await scheduler.runOnce()).toBe(1);
    expect(await digests(store, bakuReader.chatId)).toHaveLength(1);
    expect(await digests(store, berliner.chatId)).toHaveLength(0);

    clock.set("2023-03-28T06:00:00Z"); // 08:00 in Berlin
    expect(await scheduler.runOnce()).toBe(1);
    const [digest] = await digests(store, berliner.chatId);
    expect(digest?.text).toContain("2 new headlines");
    expect(digest?.text).toContain(JAPAN.title);
    expect(digest?.text).not.toContain("Poland to boost ammunition production");
    expect(digest?.buttons).toEqual([]);
  });

  it("sends nothing when nothing is new, and the next digest starts from then", async () => {
    const clock = createFakeClock("2023-03-27T10:00:00Z");
    const store = openMemoryStore(clock.now);
    const { ingest, scheduler } = wire(store, clock);
    await ingest.ingest("corpus", EARLIER_HEADLINES);
    await store.subscribers.upsert(bakuReader, { mode: "daily" });
    clock.set("2023-03-28T04:00:00Z");
    expect(await scheduler.runOnce()).toBe(0);
    expect(await store.outbox.list()).toEqual([]);
    expect((await store.subscribers.get(bakuReader.chatId))?.lastDigestAt).toBe(clock.now());

    clock.set("2023-03-28T12:00:00Z");
    await ingest.ingest("corpus", [JAPAN]);
    clock.set("2023-03-29T04:00:00Z");
    expect(await scheduler.runOnce()).toBe(1);
    expect((await digests(store, bakuReader.chatId))[0]?.text).toContain("1 new headline\n");
  });

  it("queues a long digest as several messages, in order", async () => {
    const clock = createFakeClock("2023-03-27T10:00:00Z");
    const store = openMemoryStore(clock.now);
    const { ingest, scheduler } = wire(store, clock);
    await ingest.ingest("corpus", []);
    await store.subscribers.upsert(bakuReader, { mode: "daily" });
    clock.advance(60_000);
    await ingest.ingest(
      "corpus",
      Array.from({ length: 100 }, (_, index) =>
        headline(`Ministers meet for round ${index} of the talks on regional transport corridors and border crossings`, {
          url: `https://caliber.az/en/post/round-${index}`,
        }),
      ),
    );
    clock.set("2023-03-28T04:00:00Z");
    await scheduler.runOnce();
    const rows = await digests(store, bakuReader.chatId);
    expect(rows.length).toBeGreaterThan(1);
    expect(rows.map((row) => row.subject)).toEqual(rows.map((_, index) => `2023-03-28T08:00#${index + 1}`));
    expect(rows[1]?.text).toMatch(/^<i>part 2 of/);
  });

  it("never sends a day's digest twice, across a restart too", async () => {
    const dataDir = mkdtempSync(join(tmpdir(), "newsdesk-digest-"));
    dirs.push(dataDir);
    const clock = createFakeClock("2023-03-27T10:00:00Z");
    const open = () => createSqliteStore({ dataDir, siteTimezone: SITE_ZONE, logger: silentLogger, now: clock.now });

    const first = open();
    const before = wire(first, clock);
    await before.ingest.ingest("corpus", EARLIER_HEADLINES);
    await first.subscribers.upsert(bakuReader, { mode: "daily" });
    clock.advance(60_000);
    await before.ingest.ingest("corpus", [JAPAN]);
    clock.set("2023-03-28T04:00:30Z");
    expect(await before.scheduler.runOnce()).toBe(1);
    await first.close();

    clock.set("2023-03-28T04:01:00Z");
    const second = open();
    const after = wire(second, clock);
    expect(await after.scheduler.runOnce()).toBe(0);
    clock.set("2023-03-28T20:00:00Z");
    expect(await after.scheduler.runOnce()).toBe(0);
    expect(await digests(second, bakuReader.chatId)).toHaveLength(1);
    await second.close();
  });

  it("stays at 08:00 on the reader's clock when daylight saving time starts", async () => {
    const clock = createFakeClock("2023-03-24T12:00:00Z");
    const store = openMemoryStore(clock.now);
    const { ingest, scheduler } = wire(store, clock);
    await ingest.ingest("corpus", []);
    await store.subscribers.upsert(berliner, { mode: "daily", timezone: "Europe/Berlin" });
    const sentAt: string[] = [];
    for (let step = 0; step < 3 * 24 * 4; step++) {
      clock.advance(15 * 60_000);
      if (step % 8 === 0) await ingest.ingest("corpus", [headline(`Bulletin ${step}`)]);
      if ((await scheduler.runOnce()) > 0) sentAt.push(new Date(clock.now()).toISOString());
    }
    expect(sentAt).toEqual(["2023-03-25T07:00:00.000Z", "2023-03-26T06:00:00.000Z", "2023-03-27T06:00:00.000Z"]);
  });
});
