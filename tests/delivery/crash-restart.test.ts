import { DELIVERY_TEXTS } from "../support/texts.js";
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { afterEach, describe, expect, it } from "vitest";
import { DELIVERY_DEFAULTS } from "../../src/delivery/defaults.js";
import { createIngest } from "../../src/delivery/ingest.js";
import { createBotApiEmulator, type BotApiEmulator } from "../../src/emulator/emulator.js";
import { silentLogger } from "../../src/log/logger.js";
import { createSqliteStore } from "../../src/store/sqlite-store.js";
import { CORRIDOR, EARLIER_HEADLINES, IRAQ, JAPAN, headline } from "../store/fixtures/headlines.js";
import { SITE_ZONE } from "../store/fixtures/open-store.js";
import { matchWords } from "./helpers/match-words.js";
import { waitUntil, within } from "./helpers/wait-until.js";

const READERS = 300;
const BURST = [JAPAN, IRAQ, CORRIDOR, headline("Caspian summit to open in Ashgabat"), headline("Wheat prices fall in Baku")];
const CHILD = join(import.meta.dirname, "fixtures", "deliver-child.ts");

/** Starts the delivering process; resolves its events as they are printed. */
function startChild(dataDir: string, emu: BotApiEmulator) {
  const child = spawn(process.execPath, ["--import", "tsx", CHILD, dataDir, emu.apiRoot, emu.token, "100"], {
    cwd: join(import.meta.dirname, "..", ".."),
    stdio: ["ignore", "pipe", "inherit"],
  });
  const events: Array<Record<string, unknown>> = [];
  createInterface({ input: child.stdout! }).on("line", (line) => events.push(JSON.parse(line) as Record<string, unknown>));
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  return { child, events, exited, saw: (event: string) => events.some((e) => e.event === event) };
}

describe("a crash in the middle of a delivery", () => {
  const cleanups: Array<() => Promise<void> | void> = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });

  it("loses no item of a burst, and duplicates at most the messages in flight at the kill", { timeout: 60_000 }, async () => {
    const emu = createBotApiEmulator();
    await emu.start();
    cleanups.push(() => emu.stop());
    const dataDir = mkdtempSync(join(tmpdir(), "newsdesk-crash-"));
    cleanups.push(() => rmSync(dataDir, { recursive: true, force: true }));
    const children: ChildProcess[] = [];
    cleanups.push(() => children.forEach((child) => child.exitCode === null && child.kill("SIGKILL")));

    const readers = Array.from({ length: READERS }, (_, i) => emu.user({ id: 500_000 + i }));
    const seed = createSqliteStore({ dataDir, siteTimezone: SITE_ZONE, logger: silentLogger, now: Date.now });
    const ingest = createIngest({ textsOf: () => DELIVERY_TEXTS, store: seed, matchFollow: matchWords, canExplain: () => true, now: Date.now, logger: silentLogger });
    await ingest.ingest("corpus", EARLIER_HEADLINES);
    for (const reader of readers) {
      await seed.subscribers.upsert({ chatId: reader.id, threadId: null, chatType: "private" }, { mode: "instant" });
    }
    expect(await ingest.ingest("corpus", BURST)).toHaveLength(BURST.length);
    await seed.close();

    const sends = () => emu.calls.filter((call) => call.method === "sendMessage").length;
    const first = startChild(dataDir, emu);
    children.push(first.child);
    // The worst moment: Telegram has taken a message and the bot has not yet heard so.
    let taken = 0;
    const unsubscribe = emu.subscribe((event) => {
      if (event.type === "message" && ++taken === READERS / 3) first.child.kill("SIGKILL");
    });
    await within(first.exited, "the kill in the middle of the delivery", 20_000);
    unsubscribe();
    expect(first.saw("drained")).toBe(false);

    const afterKill = createSqliteStore({ dataDir, siteTimezone: SITE_ZONE, logger: silentLogger, now: Date.now });
    // A message carries a reader's whole burst: the messages in flight are the chats with rows being sent.
    const inFlightAtKill = new Set((await afterKill.outbox.list({ status: "sending" })).map((row) => row.chatId)).size;
    const pendingAtKill = (await afterKill.outbox.list({ status: "pending" })).length;
    await afterKill.close();
    expect(pendingAtKill).toBeGreaterThan(0);
    expect(inFlightAtKill).toBeGreaterThanOrEqual(1);
    expect(inFlightAtKill).toBeLessThanOrEqual(DELIVERY_DEFAULTS.maxInFlight);

    const second = startChild(dataDir, emu);
    children.push(second.child);
    await waitUntil(() => second.saw("drained"), "the restarted process to drain the outbox", 30_000);
    second.child.kill("SIGTERM");
    await within(second.exited, "the restarted process to stop");
    expect(second.events[0]).toEqual({ event: "started", requeued: inFlightAtKill * BURST.length });

    const received = readers.map((reader) => emu.messages(reader.id));
    expect(received.filter((messages) => messages.length === 0)).toEqual([]);
    for (const messages of received) {
      for (const message of messages) {
        const text = emu.renderedText(message);
        expect(text.split("\n")[0]).toBe(`${BURST.length} new headlines`);
        for (const item of BURST) expect(text).toContain(item.title);
      }
    }
    const duplicates = received.reduce((sum, messages) => sum + messages.length - 1, 0);
    expect(duplicates).toBeGreaterThanOrEqual(1);
    expect(duplicates).toBeLessThanOrEqual(inFlightAtKill);
    expect(sends()).toBe(READERS + duplicates);
  });
});
