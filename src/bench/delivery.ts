/**
 * npm run bench:delivery — a page with 10 new headlines pushed to 10,000 instant subscribers through the Bot API
 * emulator enforcing Telegram's limits, on scaled time: emulated Telegram time and the sender's clock both run
 * SCALE times faster than the wall clock, so 400 emulated seconds take 80 real ones. Reports the messages sent
 * (each reader's burst is one message), the time until the last reader had the first item and each item, the
 * achieved rate as a share of the configured one, the 429s received, and the outbox's size in memory and on disk
 * per 10,000 queued rows.
 * Telegram is another machine: the emulator runs in a worker thread, so that a pause of the sender's thread
 * (a GC, a write) does not also hold the emulator and bunch the arrivals it counts against the limits.
 */
import { mkdtempSync, rmSync, statSync } from "node:fs";
import { availableParallelism, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { setTimeout as delay } from "node:timers/promises";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { isMainThread, parentPort, Worker, workerData } from "node:worker_threads";
import Database from "better-sqlite3";
import { DELIVERY_DEFAULTS } from "../delivery/defaults.js";
import { createFetchSendPort } from "../delivery/fetch-send-port.js";
import { createIngest, type Ingest } from "../delivery/ingest.js";
import { createSender, type Sender } from "../delivery/sender.js";
import { createDeliveryTexts } from "../delivery/texts.js";
import { loadCatalogues } from "../i18n/catalogues.js";
import { createTranslators } from "../i18n/translator.js";
import { createBotApiEmulator } from "../emulator/emulator.js";
import { silentLogger } from "../log/logger.js";
import type { SourceItem } from "../core/items.js";
import { STORE_DEFAULTS } from "../store/defaults.js";
import { createSqliteStore } from "../store/sqlite-store.js";
import type { OutboxRow } from "../store/types.js";

/**
 * Readers: 10,000, or `--readers N` for a quicker run while tuning (the ratio time / (readers / rate) compares
 * runs of any size). The emulator's thread is given the same count.
 */
function readerCount(): number {
  if (!isMainThread) return (workerData as { readers: number }).readers;
  const flag = process.argv.find((arg) => arg.startsWith("--readers="));
  const readers = flag ? Number(flag.slice("--readers=".length)) : 10_000;
  if (!Number.isInteger(readers) || readers < 1) throw new Error(`--readers must be a whole number above 0, got ${flag}`);
  return readers;
}
const SUBSCRIBERS = readerCount();
const NEW_HEADLINES = 10;
const SCALE = 5;
const RATE = DELIVERY_DEFAULTS.ratePerSecond;
const TELEGRAM_LIMITS = { perSecondGlobal: 30, perChatIntervalMs: 1000, perGroupPerMinute: 20, timeScale: SCALE };
const FIRST_READER = 100_000_000;
const OUTBOX_OBJECTS = [
  "outbox",
  "outbox_due",
  "outbox_by_update",
  "outbox_by_turn",
  "outbox_by_item",
  "sqlite_autoindex_outbox_1",
];
/** Drain deadline in real seconds: the target time at the rate, scaled, with room for a loaded machine. */
const DRAIN_DEADLINE_MS = ((2 * SUBSCRIBERS) / RATE / SCALE) * 1000;

const headline = (title: string, publishedAt: string): SourceItem => ({
  kind: "headline",
  title,
  article: null,
  tag: null,
  subtitle: null,
  list: "Latest news",
  url: "https://caliber.az/en/post/" + title.toLowerCase().replace(/\W+/g, "-"),
  publishedAt,
  articleId: null,
  sectionIndex: null,
});

/** A collector the benchmark can call without --expose-gc, so heap figures are not noise. */
function garbageCollector(): () => void {
  setFlagsFromString("--expose-gc");
  const gc = runInNewContext("gc") as () => void;
  return () => {
    gc();
    gc();
  };
}

function outboxBytesOnDisk(file: string): number {
  const db = new Database(file, { readonly: true });
  const names = OUTBOX_OBJECTS.map(() => "?").join(", ");
  const row = db.prepare(`SELECT sum(pgsize) AS bytes FROM dbstat WHERE name IN (${names})`).get(...OUTBOX_OBJECTS) as {
    bytes: number;
  };
  db.close();
  return row.bytes;
}

const kib = (bytes: number) => `${(bytes / 1024).toFixed(0)} KiB`;

/**
 * Per item, the emulated seconds from `since` (the sender's start, just after the queueing and the figures taken
 * of the queue) until the last reader had it, from the outbox's rows.
 */
function secondsToLastReader(rows: readonly OutboxRow[], since: number): Map<number, { readers: number; seconds: number }> {
  const reach = new Map<number, { readers: number; queuedAt: number; lastAt: number }>();
  for (const row of rows) {
    if (row.itemId === null || row.sentAt === null) continue;
    const item = reach.get(row.itemId) ?? { readers: 0, queuedAt: row.createdAt, lastAt: row.sentAt };
    item.readers++;
    item.queuedAt = Math.min(item.queuedAt, row.createdAt);
    item.lastAt = Math.max(item.lastAt, row.sentAt);
    reach.set(row.itemId, item);
  }
  const seconds = (item: { queuedAt: number; lastAt: number }) => (item.lastAt - Math.max(item.queuedAt, since)) / 1000;
  return new Map([...reach].map(([id, item]) => [id, { readers: item.readers, seconds: seconds(item) }]));
}

interface EmulatorReport {
  sent: number;
  tooManyRequests: number;
  chats: number;
  /** Wall-clock ms of the first and last accepted sendMessage. */
  firstAt: number;
  lastAt: number;
}

/** The worker's side: an emulator with Telegram's limits and the subscribers' private chats. */
async function serveEmulator(port: NonNullable<typeof parentPort>): Promise<void> {
  const emu = createBotApiEmulator({ limits: TELEGRAM_LIMITS });
  for (let i = 0; i < SUBSCRIBERS; i++) emu.user({ id: FIRST_READER + i });
  await emu.start();
  port.on("message", (request: "report" | "stop") => {
    if (request === "stop") {
      void emu.stop().then(() => port.close());
      return;
    }
    const sends = emu.calls.filter((call) => call.method === "sendMessage" && call.response?.ok);
    const stats = emu.stats();
    const report: EmulatorReport = {
      sent: stats.sent,
      tooManyRequests: stats.tooManyRequests,
      chats: stats.perChat.size,
      firstAt: sends[0]?.at ?? 0,
      lastAt: sends.at(-1)?.at ?? 0,
    };
    port.postMessage(report);
  });
  port.postMessage({ apiRoot: emu.apiRoot, token: emu.token });
}

/** Starts the emulator's thread; tsx's loader is registered there first, as the worker does not inherit it. */
async function startEmulatorThread() {
  const self = JSON.stringify(import.meta.url);
  const boot = `import("tsx/esm/api").then(({ register }) => { register(); return import(${self}); })`;
  const worker = new Worker(boot, { eval: true, workerData: { readers: SUBSCRIBERS } });
  let failure: Error | null = null;
  worker.on("error", (error) => {
    failure = error;
  });
  const next = <T>() =>
    new Promise<T>((resolve, reject) => {
      if (failure) reject(failure);
      worker.once("message", resolve);
    });
  const { apiRoot, token } = await next<{ apiRoot: string; token: string }>();
  return {
    apiRoot,
    token,
    report: () => {
      const answer = next<EmulatorReport>();
      worker.postMessage("report");
      return answer;
    },
    stop: async () => {
      worker.postMessage("stop");
      await new Promise((resolve) => worker.once("exit", resolve));
    },
  };
}

type BenchStore = ReturnType<typeof createSqliteStore>;
type EmulatorThread = Awaited<ReturnType<typeof startEmulatorThread>>;

/** Queues the page's new headlines for every reader, measuring the fan-out and the queue's size. */
async function measureQueueing(store: BenchStore, ingest: Ingest, dbFile: string, gc: () => void, now: () => number) {
  const diskBefore = outboxBytesOnDisk(dbFile);
  gc();
  const heapBefore = process.memoryUsage().heapUsed;
  const fanOutStart = performance.now();
  const page = Array.from({ length: NEW_HEADLINES }, (_, i) =>
    headline(`Caspian news of the morning, number ${i + 1}`, `2023-03-28T06:${String(i).padStart(2, "0")}:00+04:00`),
  );
  const fresh = await ingest.ingest("corpus", page);
  const fanOutMs = performance.now() - fanOutStart;
  gc();
  const heapQueued = process.memoryUsage().heapUsed - heapBefore;
  const queued = (await store.stats(now())).outbox.pending;
  const diskQueued = outboxBytesOnDisk(dbFile) - diskBefore;
  const fileBytes = statSync(dbFile).size + (statSync(dbFile + "-wal", { throwIfNoEntry: false })?.size ?? 0);
  const rowsExpected = SUBSCRIBERS * NEW_HEADLINES;
  if (fresh.length !== NEW_HEADLINES || queued !== rowsExpected) throw new Error(`expected ${rowsExpected} queued rows, got ${queued}`);
  return { fanOutMs, heapQueued, queued, diskQueued, fileBytes };
}

/** Starts the sender and waits until the outbox is empty; when it started, on both clocks. */
async function drainAll(store: BenchStore, sender: Sender, emu: EmulatorThread, now: () => number) {
  const start = performance.now();
  const startWall = Date.now();
  const startEmulated = now();
  sender.start();
  // stop() then waits for the sends in flight.
  while (await store.outbox.hasPending()) {
    if (performance.now() - start > DRAIN_DEADLINE_MS) throw new Error(`only ${(await emu.report()).sent} delivered in time`);
    await delay(250);
  }
  await sender.stop();
  return { stats: await emu.report(), realSeconds: (performance.now() - start) / 1000, startWall, startEmulated };
}

function printTable(rows: ReadonlyArray<[string, string, string]>): void {
  const widths = [0, 1, 2].map((col) => Math.max(...rows.map((row) => row[col as 0 | 1 | 2].length)));
  const line = (cells: readonly string[]) => cells.map((cell, col) => cell.padEnd(widths[col] ?? 0)).join(" | ");
  console.log(line(["measure", "value", "note"]));
  console.log(widths.map((width) => "-".repeat(width)).join("-|-"));
  for (const row of rows) console.log(line(row));
}

async function main(): Promise<void> {
  const gc = garbageCollector();
  const dataDir = mkdtempSync(join(tmpdir(), "newsdesk-bench-delivery-"));
  const emu = await startEmulatorThread();
  const origin = Date.now();
  const emulatedNow = () => origin + (Date.now() - origin) * SCALE;
  const scaledSleep = (ms: number, signal: AbortSignal) =>
    delay(ms / SCALE, undefined, { signal }).catch(() => undefined);

  try {
    const store = createSqliteStore({ dataDir, siteTimezone: "Asia/Baku", logger: silentLogger, now: emulatedNow });
    const texts = createDeliveryTexts(createTranslators(loadCatalogues()).en);
    const renderButton = (button: { itemId: number }) => ({
      text: texts.explainButton,
      callback_data: `explain:${button.itemId}`,
    });
    const sender = createSender({
      store,
      send: createFetchSendPort({ apiRoot: emu.apiRoot, token: emu.token, renderButton }),
      textsOf: () => texts,
      now: emulatedNow,
      sleep: scaledSleep,
      logger: silentLogger,
      rate: RATE,
    });
    const ingest = createIngest({
      store,
      matchFollow: () => false,
      canExplain: () => true,
      textsOf: () => texts,
      now: emulatedNow,
      logger: silentLogger,
      onQueued: sender.wake,
    });
    await ingest.ingest("corpus", [headline("Poland to boost ammunition production", "2023-03-27T21:00:00+04:00")]);
    await store.transaction(async (tx) => {
      for (let i = 0; i < SUBSCRIBERS; i++) {
        const chat = { chatId: FIRST_READER + i, threadId: null, chatType: "private" as const };
        await tx.subscribers.upsert(chat, { mode: "instant" });
      }
    });

    const dbFile = join(dataDir, STORE_DEFAULTS.fileName);
    const queue = await measureQueueing(store, ingest, dbFile, gc, emulatedNow);
    const { queued } = queue;
    const drain = await drainAll(store, sender, emu, emulatedNow);
    const { stats } = drain;

    const emulatedSeconds = ((stats.lastAt - stats.firstAt) * SCALE) / 1000;
    const achieved = (stats.sent - 1) / emulatedSeconds;
    const per10k = 10_000 / queued;
    const toLastReader = ((stats.lastAt - drain.startWall) * SCALE) / 1000;
    const target = (1.05 * SUBSCRIBERS) / RATE;
    const perItem = [...secondsToLastReader(await store.outbox.list({ status: "sent" }), drain.startEmulated).values()];
    const itemSeconds = perItem.map((item) => item.seconds);

    const rows: Array<[string, string, string]> = [
      ["subscribers (instant)", String(SUBSCRIBERS), ""],
      ["new headlines on the page", String(NEW_HEADLINES), "one ingest"],
      ["time scale", `${SCALE}x`, "emulated Telegram time and the sender's clock"],
      ["fan-out: queue the rows", `${queue.fanOutMs.toFixed(0)} ms`, `${queued} rows, one transaction with the items`],
      ["messages sent", `${stats.sent} to ${stats.chats} chats`, `target = readers (${SUBSCRIBERS})`],
      ["last reader had the first item", `${toLastReader.toFixed(1)} s`, `target <= ${target.toFixed(0)} s (1.05 x readers / rate)`],
      ["time / (readers / rate)", (toLastReader / (SUBSCRIBERS / RATE)).toFixed(3), "target <= 1.05"],
      [
        "last reader had each item",
        `${Math.min(...itemSeconds).toFixed(1)}-${Math.max(...itemSeconds).toFixed(1)} s`,
        `${perItem.length} items, ${perItem.map((item) => item.readers).join("/")} readers each`,
      ],
      ["configured rate", `${RATE} msg/s`, "DELIVERY_RATE"],
      ["achieved rate", `${achieved.toFixed(2)} msg/s`, `${stats.sent} in ${emulatedSeconds.toFixed(1)} emulated s`],
      ["achieved / configured", (achieved / RATE).toFixed(3), "target >= 0.95"],
      ["429 received", String(stats.tooManyRequests), "target 0"],
      ["outbox on disk / 10k rows", kib(queue.diskQueued * per10k), "table + indexes (dbstat)"],
      ["database file", kib(queue.fileBytes), "whole file + WAL after queueing"],
      ["outbox in memory / 10k rows", kib(Math.max(0, queue.heapQueued) * per10k), "JS heap growth while queued"],
      ["wall time of the drain", `${drain.realSeconds.toFixed(1)} s`, ""],
      ["machine load (1 min)", loadavg()[0]?.toFixed(2) ?? "?", `on ${availableParallelism()} cores: other work skews timing`],
    ];
    printTable(rows);
    await store.close();
  } finally {
    await emu.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

if (isMainThread) await main();
else if (parentPort) await serveEmulator(parentPort);
