import type { ChildProcess } from "node:child_process";
import { copyFileSync, mkdtempSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { DELIVERY_DEFAULTS } from "../../src/delivery/defaults.js";
import { createBotApiEmulator, type BotApiEmulator } from "../../src/emulator/emulator.js";
import { silentLogger } from "../../src/log/logger.js";
import { STORE_DEFAULTS } from "../../src/store/defaults.js";
import { createSqliteStore } from "../../src/store/sqlite-store.js";
import type { Store } from "../../src/store/types.js";
import { CORPUS_DIR } from "./helpers.js";
import { startBot } from "./support/start-bot.js";
import { sitePage, storyPage } from "./support/pages.js";
import { pushedTitles, SEED_PAGE, SITE_ZONE } from "./support/newsdesk.js";
import { waitUntil } from "./support/wait-until.js";
import { tempDir } from "../support/temp-dirs.js";

const READERS = 200;
const FIRST_READER = 700_000;
const HEADLINE = "Caspian summit to open in Ashgabat next week";
const PAGE = storyPage({
  title: HEADLINE,
  at: "28 March 2023 - 12:30",
  paragraph: "Foreign ministers of the five Caspian states met to prepare the summit's declaration.",
});

const BURST_READERS = 30;
const BURST_FIRST_READER = 710_000;
const ARTICLE = "Lachin road reopens after border talks";
const BURST_HEADLINES = [
  "Ferry line to Turkmenbashi resumes",
  "New metro station opens in Baku",
  "Caspian sturgeon quotas cut",
  "Wheat prices fall at the Baku exchange",
  "Ganja hosts a chess open",
];
const BURST_PAGE = sitePage({
  title: ARTICLE,
  category: "REGION",
  at: "28 March 2023 - 12:40",
  paragraphs: ["The road through Lachin reopened to trucks after a day of talks between the border services."],
  lists: [{ name: "Latest news", headlines: BURST_HEADLINES.map((title) => ({ title, at: "28 March 2023 - 12:35" })) }],
});

/** The store's database file opened by its path: a look from outside, beside the running bot, which DATA_DIR's lock would refuse. */
async function readStore<T>(dataDir: string, read: (store: Store) => Promise<T>): Promise<T> {
  const path = join(dataDir, STORE_DEFAULTS.fileName);
  const store = createSqliteStore({ path, siteTimezone: SITE_ZONE, logger: silentLogger, now: Date.now });
  try {
    return await read(store);
  } finally {
    await store.close();
  }
}

describe("kill -9 of the bot in the middle of a delivery", () => {
  const cleanups: Array<() => unknown> = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });

  it("loses nothing: after a restart every subscriber holds the item, duplicated at most for the sends in flight at the kill", { timeout: 90_000 }, async () => {
    const emu: BotApiEmulator = createBotApiEmulator();
    await emu.start();
    cleanups.push(() => emu.stop());
    const dataDir = mkdtempSync(join(tmpdir(), "newsdesk-crash-data-"));
    const corpusDir = mkdtempSync(join(tmpdir(), "newsdesk-crash-corpus-"));
    cleanups.push(() => rmSync(dataDir, { recursive: true, force: true }));
    cleanups.push(() => rmSync(corpusDir, { recursive: true, force: true }));
    copyFileSync(join(CORPUS_DIR, SEED_PAGE), join(corpusDir, SEED_PAGE));
    const children: ChildProcess[] = [];
    cleanups.push(() => children.forEach((child) => child.exitCode === null && child.kill("SIGKILL")));

    const readers = Array.from({ length: READERS }, (_, i) => emu.user({ id: FIRST_READER + i }));
    await readStore(dataDir, async (store) => {
      for (const reader of readers) {
        await store.subscribers.upsert({ chatId: reader.id, threadId: null, chatType: "private" }, { mode: "instant" });
      }
    });
    const env = { BOT_TOKEN: emu.token, TELEGRAM_API_ROOT: emu.apiRoot, DATA_DIR: dataDir, CORPUS_DIR: corpusDir };

    const first = startBot(env);
    children.push(first.child);
    await emu.waitForPolling(30_000);
    let delivered = 0;
    const unsubscribe = emu.subscribe((event) => {
      // The worst moment: Telegram has taken the message, and the bot has not heard so yet.
      if (event.type === "message" && ++delivered === Math.round(READERS / 3)) first.child.kill("SIGKILL");
    });
    writeFileSync(join(corpusDir, "caspian-summit.txt.tmp"), PAGE);
    renameSync(join(corpusDir, "caspian-summit.txt.tmp"), join(corpusDir, "caspian-summit.txt"));
    const killedBy = await first.exited.then(() => first.child.signalCode);
    unsubscribe();
    expect(killedBy, first.output()).toBe("SIGKILL");

    const atKill = await readStore(dataDir, async (store) => ({
      sending: (await store.outbox.list({ status: "sending" })).length,
      pending: (await store.outbox.list({ status: "pending" })).length,
    }));
    expect(atKill.pending).toBeGreaterThan(0);
    expect(atKill.sending).toBeGreaterThanOrEqual(1);
    expect(atKill.sending).toBeLessThanOrEqual(DELIVERY_DEFAULTS.maxInFlight);

    const second = startBot(env);
    children.push(second.child);
    await waitUntil(() => readers.every((reader) => emu.messages(reader.id).length > 0), "every reader to get the headline", 60_000);
    await waitUntil(
      () => readStore(dataDir, async (store) => !(await store.outbox.hasPending()) && (await store.outbox.list({ status: "sending" })).length === 0),
      "the outbox to drain",
    );
    second.child.kill("SIGTERM");
    expect(await second.exited, second.output()).toBe(0);

    const received = readers.map((reader) => emu.messages(reader.id));
    for (const messages of received) {
      for (const message of messages) expect(emu.renderedText(message).split("\n")[0]).toBe(HEADLINE);
    }
    const duplicates = received.reduce((sum, messages) => sum + messages.length - 1, 0);
    expect(duplicates).toBeGreaterThanOrEqual(1);
    expect(duplicates).toBeLessThanOrEqual(atKill.sending);
    expect(emu.calls.filter((call) => call.method === "sendMessage")).toHaveLength(READERS + duplicates);
  });

  it("thirty readers, five headlines and a new article, a kill -9 mid-delivery: all six titles in at most two messages each, no 429", { timeout: 90_000 }, async () => {
    // Telegram's limits on: a restart that forgot what was sent would draw a 429.
    const emu: BotApiEmulator = createBotApiEmulator({ limits: { perSecondGlobal: 30, perChatIntervalMs: 1000, perGroupPerMinute: 20 } });
    await emu.start();
    cleanups.push(() => emu.stop());
    const dataDir = tempDir("crash-burst-data");
    const corpusDir = tempDir("crash-burst-corpus");
    copyFileSync(join(CORPUS_DIR, SEED_PAGE), join(corpusDir, SEED_PAGE));
    const children: ChildProcess[] = [];
    cleanups.push(() => children.forEach((child) => child.exitCode === null && child.kill("SIGKILL")));

    // Instant readers who also follow the road, so that the new article comes to them too.
    const readers = Array.from({ length: BURST_READERS }, (_, i) => emu.user({ id: BURST_FIRST_READER + i }));
    await readStore(dataDir, async (store) => {
      for (const reader of readers) {
        const chat = { chatId: reader.id, threadId: null, chatType: "private" as const };
        await store.subscribers.upsert(chat, { mode: "instant" });
        await store.follows.add(chat, "Lachin road");
      }
    });
    const env = { BOT_TOKEN: emu.token, TELEGRAM_API_ROOT: emu.apiRoot, DATA_DIR: dataDir, CORPUS_DIR: corpusDir };

    const first = startBot(env);
    children.push(first.child);
    await emu.waitForPolling(30_000);
    let delivered = 0;
    const unsubscribe = emu.subscribe((event) => {
      if (event.type === "message" && ++delivered === BURST_READERS / 3) first.child.kill("SIGKILL");
    });
    writeFileSync(join(corpusDir, "lachin-road.txt.tmp"), BURST_PAGE);
    renameSync(join(corpusDir, "lachin-road.txt.tmp"), join(corpusDir, "lachin-road.txt"));
    await first.exited;
    unsubscribe();
    expect(first.child.signalCode, first.output()).toBe("SIGKILL");
    const atKill = await readStore(dataDir, async (store) => ({
      chatsInFlight: new Set((await store.outbox.list({ status: "sending" })).map((row) => row.chatId)).size,
      pending: (await store.outbox.list({ status: "pending" })).length,
    }));
    expect(atKill.pending).toBeGreaterThan(0);

    const second = startBot(env);
    children.push(second.child);
    await waitUntil(() => readers.every((reader) => emu.messages(reader.id).length > 0), "every reader to get the burst", 60_000);
    await waitUntil(
      () => readStore(dataDir, async (store) => !(await store.outbox.hasPending()) && (await store.outbox.list({ status: "sending" })).length === 0),
      "the outbox to drain",
    );
    second.child.kill("SIGTERM");
    expect(await second.exited, second.output()).toBe(0);

    const six = [...BURST_HEADLINES, ARTICLE].sort();
    const duplicates = readers.reduce((sum, reader) => sum + emu.messages(reader.id).length - 1, 0);
    for (const reader of readers) {
      const messages = emu.messages(reader.id);
      expect(messages.length).toBeLessThanOrEqual(2);
      for (const message of messages) expect(pushedTitles(emu, [message]).sort()).toEqual(six);
    }
    expect(duplicates).toBeLessThanOrEqual(atKill.chatsInFlight);
    expect(emu.stats().tooManyRequests).toBe(0);
  });
});
