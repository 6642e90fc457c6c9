import { setTimeout as delay } from "node:timers/promises";
import { afterEach, describe, expect, it } from "vitest";
import { DELIVERY_DEFAULTS } from "../../src/delivery/defaults.js";
import { createIngest } from "../../src/delivery/ingest.js";
import { createSender, type Sender } from "../../src/delivery/sender.js";
import { createBotApiEmulator, type BotApiEmulator } from "../../src/emulator/emulator.js";
import { silentLogger } from "../../src/log/logger.js";
import { createPostgresStore } from "../../src/store/postgres/postgres-store.js";
import type { Store } from "../../src/store/types.js";
import { headline } from "../store/fixtures/headlines.js";
import { recordingLogger, type LoggedLine } from "../instances/helpers/recording-logger.js";
import { newPostgresDatabase } from "../support/postgres.js";
import { startTcpProxy, type TcpProxy } from "../support/tcp-proxy.js";
import { DELIVERY_TEXTS } from "../support/texts.js";
import { emulatorSendPort } from "./helpers/emulator-port.js";
import { waitUntil } from "./helpers/wait-until.js";

const READERS = 30;
/** Slow enough that the delivery of 30 readers takes seconds, so that the cut lands in the middle of it. */
const RATE = 8;
/** The sender's backoff starts here (the default is 2 s: the same code with longer waits). */
const BACKOFF_BASE_MS = 100;
const OUTAGE_MS = 3_000;

const cleanups: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** PostgreSQL through a proxy the test can cut, thirty instant readers in the emulator, and a sender draining in real time. */
async function deliveryThroughProxy(lines: LoggedLine[]) {
  const emu: BotApiEmulator = createBotApiEmulator();
  await emu.start();
  cleanups.push(() => emu.stop());
  const url = new URL(newPostgresDatabase());
  const proxy: TcpProxy = await startTcpProxy({ host: url.hostname, port: Number(url.port) });
  cleanups.push(() => proxy.close());
  const store: Store = await createPostgresStore({
    url: Object.assign(new URL(url), { port: String(proxy.port) }).href,
    siteTimezone: "Asia/Baku",
    logger: silentLogger,
    now: Date.now,
  });
  cleanups.push(() => store.close());
  const readers = Array.from({ length: READERS }, (_, i) => emu.user({ firstName: `Reader ${i + 1}` }));
  for (const reader of readers) {
    await store.subscribers.upsert({ chatId: reader.id, threadId: null, chatType: "private" }, { mode: "instant" });
  }
  const sender: Sender = createSender({
    store,
    send: emulatorSendPort(emu),
    textsOf: () => DELIVERY_TEXTS,
    now: Date.now,
    logger: recordingLogger(lines),
    rate: RATE,
    limits: { backoffBaseMs: BACKOFF_BASE_MS },
  });
  cleanups.push(() => sender.stop());
  const ingest = createIngest({
    store,
    matchFollow: () => false,
    canExplain: () => false,
    textsOf: () => DELIVERY_TEXTS,
    now: Date.now,
    logger: silentLogger,
    onQueued: sender.wake,
  });
  // A source's first look is its baseline: what it already held is not news.
  await ingest.ingest("corpus", [headline("Baku hosts the Caspian energy forum")]);
  return { emu, proxy, store, sender, ingest, readers };
}

describe("the database going away mid-delivery", () => {
  it("stops sending, retries with backoff, and once it is back every reader has the item", { timeout: 60_000 }, async () => {
    const lines: LoggedLine[] = [];
    const { emu, proxy, store, sender, ingest, readers } = await deliveryThroughProxy(lines);
    const sent = () => emu.calls.filter((call) => call.method === "sendMessage" && call.response?.ok).length;
    const [item] = await ingest.ingest("corpus", [headline("Baku hosts the Caspian energy forum"), headline("Azerbaijan and Iran reopen the Astara crossing")]);
    sender.start();

    await waitUntil(() => sent() >= 8, "the first readers to have the item", 20_000);
    await proxy.cut();
    const sentAtCut = sent();
    await delay(OUTAGE_MS);
    const sentDuringOutage = sent() - sentAtCut;
    const failuresDuringOutage = lines.filter((line) => line.message === "sender loop failed; retrying");
    await proxy.restore();

    await waitUntil(() => readers.every((reader) => emu.messages(reader.id).length > 0), "every reader to have the item", 30_000);
    await waitUntil(() => sent() >= READERS, "the sends to end");
    await sender.stop();

    // Stopped sending: at most the sends already claimed when the database went can have gone meanwhile.
    expect(sentDuringOutage).toBeLessThanOrEqual(DELIVERY_DEFAULTS.maxInFlight);
    expect(sentAtCut).toBeLessThan(READERS);
    // Nothing lost, and nothing sent twice beyond the sends in flight at the cut.
    for (const reader of readers) expect(emu.messages(reader.id).length).toBeGreaterThanOrEqual(1);
    expect(sent() - READERS).toBeLessThanOrEqual(DELIVERY_DEFAULTS.maxInFlight);
    const rows = await store.outbox.list();
    expect(rows.filter((row) => row.itemId === item!.id).map((row) => row.status)).toEqual(Array(READERS).fill("sent"));

    // Backoff, not a busy loop: a few failed attempts over the outage, each waiting longer than the one before.
    expect(failuresDuringOutage.length).toBeGreaterThan(0);
    expect(failuresDuringOutage.length).toBeLessThanOrEqual(Math.ceil(Math.log2(OUTAGE_MS / BACKOFF_BASE_MS)) + 2);
    const waits = failuresDuringOutage.map((line) => line.fields.retryInMs as number);
    for (let i = 1; i < waits.length; i++) expect(waits[i]!).toBeGreaterThan(waits[i - 1]!);
  });
});
