/**
 * npm run bench:delivery — a page with 10 new headlines pushed to 10,000 instant subscribers through the Bot API
 * emulator enforcing Telegram's limits, on scaled time: emulated Telegram time and the sender's clock both run
 * SCALE times faster than the wall clock, so 400 emulated seconds take 80 real ones. Reports the messages sent
 * (each reader's burst is one message), the time until the last reader had the first item and each item, the
 * achieved rate as a share of the configured one, the 429s received, the outbox's throughput (claims and marks a
 * second) and its size on disk per 10,000 queued rows.
 * Flags: `--readers=N` (default 10,000), `--scale=N` (default 5), `--database=sqlite|postgres` (default sqlite;
 * postgres starts a throwaway local server unless `--database-url=postgres://…` names one), `--drain-seconds=N`
 * (stop the drain after N real seconds and measure the part sent: 100,000 readers at 25 a second are 4,000
 * emulated seconds, more than a loaded machine gives a run).
 * Telegram is another machine: the emulator runs in a worker thread (emulator-thread.ts).
 */
import { availableParallelism, loadavg } from "node:os";
import { setTimeout as delay } from "node:timers/promises";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { DELIVERY_DEFAULTS } from "../delivery/defaults.js";
import { createFetchSendPort } from "../delivery/fetch-send-port.js";
import { createIngest, type Ingest } from "../delivery/ingest.js";
import { createSender, type Sender } from "../delivery/sender.js";
import { createDeliveryTexts } from "../delivery/texts.js";
import { loadCatalogues } from "../i18n/catalogues.js";
import { createTranslators } from "../i18n/translator.js";
import { silentLogger } from "../log/logger.js";
import type { SourceItem } from "../core/items.js";
import type { Store } from "../store/types.js";
import { countOutbox, type OutboxCounts } from "./counted-outbox.js";
import { openBenchDatabase, type BenchDatabase, type ItemReach } from "./delivery-databases.js";
import { startEmulatorThread, type EmulatorThread } from "./emulator-thread.js";

interface BenchFlags {
  readers: number;
  scale: number;
  database: "sqlite" | "postgres";
  databaseUrl: string | undefined;
  /** Real seconds after which the drain stops and the figures cover what was sent by then; null: drain it all. */
  drainSeconds: number | null;
}

const flagValue = (name: string): string | undefined =>
  process.argv.find((arg) => arg.startsWith(`--${name}=`))?.slice(name.length + 3);

function wholeFlag(name: string, fallback: number): number {
  const raw = flagValue(name);
  const value = raw === undefined ? fallback : Number(raw);
  if (!Number.isInteger(value) || value < 1) throw new Error(`--${name} must be a whole number above 0, got ${raw}`);
  return value;
}

/** The run's flags (the ratio time / (readers / rate) compares runs of any size and scale). */
function benchFlags(): BenchFlags {
  const databaseUrl = flagValue("database-url");
  const database = flagValue("database") ?? (databaseUrl ? "postgres" : "sqlite");
  if (database !== "sqlite" && database !== "postgres") throw new Error(`--database must be sqlite or postgres, got ${database}`);
  const drainSeconds = flagValue("drain-seconds") === undefined ? null : wholeFlag("drain-seconds", 1);
  return { readers: wholeFlag("readers", 10_000), scale: wholeFlag("scale", 5), database, databaseUrl, drainSeconds };
}
const FLAGS = benchFlags();
const SUBSCRIBERS = FLAGS.readers;
const NEW_HEADLINES = 10;
const SCALE = FLAGS.scale;
const RATE = DELIVERY_DEFAULTS.ratePerSecond;
const FIRST_READER = 100_000_000;
/**
 * Drain deadline in real ms: twice the target time at the rate, scaled, for a loaded machine, and half a minute
 * more so that a short run survives the start (the emulator thread warming up, the first claims).
 */
const DRAIN_DEADLINE_MS = ((2 * SUBSCRIBERS) / RATE / SCALE) * 1000 + 30_000;

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

const kib = (bytes: number) => `${(bytes / 1024).toFixed(0)} KiB`;

/** Per item, the emulated seconds from `since` (the sender's start, just after the queueing) until the last reader had it. */
function secondsToLastReader(reach: readonly ItemReach[], since: number): Array<{ readers: number; seconds: number }> {
  return reach.map((item) => ({ readers: item.readers, seconds: (item.lastSentAt - Math.max(item.queuedAt, since)) / 1000 }));
}

/** Queues the page's new headlines for every reader, measuring the fan-out and the queue's size. */
async function measureQueueing(database: BenchDatabase, ingest: Ingest, gc: () => void, now: () => number) {
  const diskBefore = await database.outboxBytes();
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
  const queued = (await database.store.stats(now())).outbox.pending;
  const diskQueued = (await database.outboxBytes()) - diskBefore;
  const databaseBytes = await database.databaseBytes();
  const rowsExpected = SUBSCRIBERS * NEW_HEADLINES;
  if (fresh.length !== NEW_HEADLINES || queued !== rowsExpected) throw new Error(`expected ${rowsExpected} queued rows, got ${queued}`);
  return { fanOutMs, heapQueued, queued, diskQueued, databaseBytes };
}

/**
 * Starts the sender and waits until the outbox is empty, or until --drain-seconds pass; when it started, on both
 * clocks, and whether it emptied the outbox.
 */
async function drainAll(store: Store, sender: Sender, emu: EmulatorThread, now: () => number) {
  const start = performance.now();
  const startWall = Date.now();
  const startEmulated = now();
  sender.start();
  // stop() then waits for the sends in flight.
  const capMs = FLAGS.drainSeconds === null ? null : FLAGS.drainSeconds * 1000;
  let complete = true;
  while (await store.outbox.hasPending()) {
    const elapsed = performance.now() - start;
    if (capMs !== null && elapsed > capMs) {
      complete = false;
      break;
    }
    if (capMs === null && elapsed > DRAIN_DEADLINE_MS) throw new Error(`only ${(await emu.report()).sent} delivered in time`);
    await delay(250);
  }
  await sender.stop();
  return { stats: await emu.report(), realSeconds: (performance.now() - start) / 1000, startWall, startEmulated, complete };
}

/** The outbox's figures: what the drain used of it a second, and what its calls' own time would allow. */
function throughputRows(counts: OutboxCounts, realSeconds: number): Array<[string, string, string]> {
  const calls = counts.claims + counts.marks;
  const busyMs = counts.claimMs + counts.markMs;
  return [
    ["outbox claims + marks", `${counts.claims} + ${counts.marks}`, `${counts.emptyClaims} claims found nothing due`],
    ["outbox throughput in the drain", `${(calls / realSeconds).toFixed(1)} /s`, "claims + marks a real second (paced by the rate)"],
    [
      "outbox throughput, calls' own time",
      `${((calls / busyMs) * 1000).toFixed(0)} /s`,
      `claim ${(counts.claimMs / Math.max(1, counts.claims + counts.emptyClaims)).toFixed(2)} ms, mark ${(counts.markMs / Math.max(1, counts.marks)).toFixed(2)} ms on average`,
    ],
  ];
}

function printTable(rows: ReadonlyArray<[string, string, string]>): void {
  const widths = [0, 1, 2].map((col) => Math.max(...rows.map((row) => row[col as 0 | 1 | 2].length)));
  const line = (cells: readonly string[]) => cells.map((cell, col) => cell.padEnd(widths[col] ?? 0)).join(" | ");
  console.log(line(["measure", "value", "note"]));
  console.log(widths.map((width) => "-".repeat(width)).join("-|-"));
  for (const row of rows) console.log(line(row));
}

/** The sender and the ingest, as the app wires them, on the scaled clock. */
function wireDelivery(store: Store, emu: EmulatorThread, now: () => number) {
  const texts = createDeliveryTexts(createTranslators(loadCatalogues()).en);
  const renderButton = (button: { itemId: number }) => ({
    text: texts.explainButton,
    callback_data: `explain:${button.itemId}`,
  });
  const sender = createSender({
    store,
    send: createFetchSendPort({ apiRoot: emu.apiRoot, token: emu.token, renderButton }),
    textsOf: () => texts,
    now,
    sleep: (ms, signal) => delay(ms / SCALE, undefined, { signal }).catch(() => undefined),
    logger: silentLogger,
    rate: RATE,
  });
  const ingest = createIngest({
    store,
    matchFollow: () => false,
    canExplain: () => true,
    textsOf: () => texts,
    now,
    logger: silentLogger,
    onQueued: sender.wake,
  });
  return { sender, ingest };
}

type Queueing = Awaited<ReturnType<typeof measureQueueing>>;
type Drain = Awaited<ReturnType<typeof drainAll>>;

/** The printed figures of one run. */
function resultRows(run: { label: string; seedMs: number; queue: Queueing; drain: Drain; reach: ItemReach[]; counts: OutboxCounts }) {
  const { queue, drain } = run;
  const { stats } = drain;
  const emulatedSeconds = ((stats.lastAt - stats.firstAt) * SCALE) / 1000;
  const achieved = (stats.sent - 1) / emulatedSeconds;
  const per10k = 10_000 / queue.queued;
  const toLastReader = ((stats.lastAt - drain.startWall) * SCALE) / 1000;
  // A drain stopped by --drain-seconds is judged on the readers it reached: one message each.
  const reached = drain.complete ? SUBSCRIBERS : stats.sent;
  const target = (1.05 * reached) / RATE;
  const perItem = secondsToLastReader(run.reach, drain.startEmulated);
  const itemSeconds = perItem.map((item) => item.seconds);
  const rows: Array<[string, string, string]> = [
    ["database", run.label, ""],
    ["subscribers (instant)", String(SUBSCRIBERS), `seeded in ${run.seedMs.toFixed(0)} ms, one transaction`],
    ["new headlines on the page", String(NEW_HEADLINES), "one ingest"],
    ["time scale", `${SCALE}x`, "emulated Telegram time and the sender's clock"],
    ["fan-out: queue the rows", `${queue.fanOutMs.toFixed(0)} ms`, `${queue.queued} rows, one transaction with the items`],
    [
      "messages sent",
      `${stats.sent} to ${stats.chats} chats`,
      drain.complete ? `target = readers (${SUBSCRIBERS})` : `drain stopped after ${FLAGS.drainSeconds} real s (--drain-seconds)`,
    ],
    [
      drain.complete ? "last reader had the first item" : "last reader reached had the first item",
      `${toLastReader.toFixed(1)} s`,
      `target <= ${target.toFixed(0)} s (1.05 x ${drain.complete ? "readers" : "readers reached"} / rate)`,
    ],
    [drain.complete ? "time / (readers / rate)" : "time / (readers reached / rate)", (toLastReader / (reached / RATE)).toFixed(3), "target <= 1.05"],
    [
      "last reader had each item",
      `${Math.min(...itemSeconds).toFixed(1)}-${Math.max(...itemSeconds).toFixed(1)} s`,
      `${perItem.length} items, ${perItem.map((item) => item.readers).join("/")} readers each`,
    ],
    ["configured rate", `${RATE} msg/s`, "DELIVERY_RATE"],
    ["achieved rate", `${achieved.toFixed(2)} msg/s`, `${stats.sent} in ${emulatedSeconds.toFixed(1)} emulated s`],
    ["achieved / configured", (achieved / RATE).toFixed(3), "target >= 0.95"],
    ["429 received", String(stats.tooManyRequests), "target 0"],
    ...throughputRows(run.counts, drain.realSeconds),
    ["outbox on disk / 10k rows", kib(queue.diskQueued * per10k), "table + indexes"],
    ["database size", kib(queue.databaseBytes), "after queueing"],
    ["outbox in memory / 10k rows", kib(Math.max(0, queue.heapQueued) * per10k), "JS heap growth while queued"],
    ["wall time of the drain", `${drain.realSeconds.toFixed(1)} s`, ""],
    ["machine load (1 min)", loadavg()[0]?.toFixed(2) ?? "?", `on ${availableParallelism()} cores: other work skews timing`],
  ];
  return rows;
}

async function main(): Promise<void> {
  const gc = garbageCollector();
  const emu = await startEmulatorThread({ firstChatId: FIRST_READER, readers: SUBSCRIBERS, timeScale: SCALE });
  const origin = Date.now();
  const emulatedNow = () => origin + (Date.now() - origin) * SCALE;
  let database: BenchDatabase | null = null;
  try {
    database = await openBenchDatabase({ kind: FLAGS.database, url: FLAGS.databaseUrl, siteTimezone: "Asia/Baku", now: emulatedNow });
    const { store, counts } = countOutbox(database.store);
    const { sender, ingest } = wireDelivery(store, emu, emulatedNow);
    await ingest.ingest("corpus", [headline("Poland to boost ammunition production", "2023-03-27T21:00:00+04:00")]);
    const seedStart = performance.now();
    await database.seedInstantSubscribers(FIRST_READER, SUBSCRIBERS, emulatedNow());
    const seedMs = performance.now() - seedStart;
    const queue = await measureQueueing(database, ingest, gc, emulatedNow);
    const drain = await drainAll(store, sender, emu, emulatedNow);
    printTable(resultRows({ label: database.label, seedMs, queue, drain, reach: await database.reachByItem(), counts }));
  } finally {
    await database?.close();
    await emu.stop();
  }
}

await main();
