import { afterEach, describe, expect, it } from "vitest";
import { TEXTS } from "../support/texts.js";
import type { BotApiEmulator } from "../../src/emulator/emulator.js";
import type { ApiCall } from "../../src/emulator/telegram-types.js";
import { createCaptureLogger } from "../sources/helpers/capture-logger.js";
import { startHarness, type Harness } from "./helpers/harness.js";

const QUESTION = "Zangezur corridor";
const HEADING = "Mounting tensions";

const sendsTo = (emu: BotApiEmulator, chatId: number): ApiCall[] =>
  emu.calls.filter((call) => call.method === "sendMessage" && call.params.chat_id === chatId);

describe("when the Bot API misbehaves", () => {
  let h: Harness | null = null;
  afterEach(async () => {
    await h?.stop();
    h = null;
  });

  it("answers other readers while a sendMessage to one chat hangs", async () => {
    h = await startHarness({ timings: { stopDrainMs: 100 } });
    const { emu } = h;
    const stuck = emu.user();
    const other = emu.user();
    emu.delayNext("sendMessage", { chatId: stuck.id, ms: 60_000 });
    stuck.send(QUESTION);
    // The bot polls again while the stuck reader's answer hangs (Telegraf's own polling waited for the batch).
    await emu.waitForPolling();
    other.send(QUESTION);
    const [answer] = await emu.waitForMessages(other.id, 1);
    expect(emu.renderedText(answer!).split("\n")[0]).toBe(HEADING);
    expect(emu.messages(stuck.id)).toEqual([]);
  });

  it("abandons a getUpdates answer overdue past its watchdog, logs it, and polls again", async () => {
    const logger = createCaptureLogger();
    h = await startHarness({ logger, timings: { timeoutSeconds: 1, overdueMs: 200 } });
    const { emu } = h;
    const first = emu.user();
    // The poll after this update is taken is held for a minute.
    emu.delayNext("getUpdates", { ms: 60_000 });
    first.send(QUESTION);
    await emu.waitForMessages(first.id, 1);
    const second = emu.user();
    second.send(QUESTION);
    const [answer] = await emu.waitForMessages(second.id, 1);
    expect(emu.renderedText(answer!).split("\n")[0]).toBe(HEADING);
    const overdue = logger.entries.find((entry) => entry.fields.kind === "overdue");
    expect(overdue).toMatchObject({ level: "warn", message: "polling failed; retrying" });
  });

  it("logs each polling fault at warn with its kind, and goes on polling", async () => {
    const logger = createCaptureLogger();
    h = await startHarness({ logger, timings: { backoffFirstMs: 10 } });
    const { emu } = h;
    emu.failNext("getUpdates", { errorCode: 502, description: "Bad Gateway" });
    emu.failNext("getUpdates", { errorCode: 429, description: "Too Many Requests: retry after 1", retryAfter: 1 });
    emu.dropConnectionNext("getUpdates");
    emu.garbleNext("getUpdates");
    // Ends the poll waiting now, so that the next ones meet the faults.
    const reader = emu.user();
    reader.send(QUESTION);
    await emu.waitForMessages(reader.id, 1);
    reader.send(QUESTION);
    await emu.waitForMessages(reader.id, 2);

    const faults = logger.entries.filter((entry) => entry.message === "polling failed; retrying");
    expect(faults.map((entry) => [entry.level, entry.fields.kind])).toEqual([
      ["warn", "dropped socket"],
      ["warn", "bad JSON"],
      ["warn", "5xx"],
      ["warn", "429"],
    ]);
    expect(faults[3]?.fields.retryInMs).toBeGreaterThan(0);
  });

  it("waits out a short 429 on an answer and sends it once more", async () => {
    h = await startHarness();
    const { emu } = h;
    const reader = emu.user();
    emu.failNext("sendMessage", { errorCode: 429, description: "Too Many Requests: retry after 1", retryAfter: 1 });
    reader.send(QUESTION);
    const [answer] = await emu.waitForMessages(reader.id, 1);
    await emu.idle();
    expect(emu.renderedText(answer!).split("\n")[0]).toBe(HEADING);
    const [refused, retried, ...more] = sendsTo(emu, reader.id);
    expect(refused?.response).toMatchObject({ ok: false, error_code: 429 });
    expect(retried!.at - refused!.at).toBeGreaterThanOrEqual(1000);
    expect(more).toEqual([]);
  });

  it("sends no apology into a long 429, nor anything else to that chat until it ends; other chats are answered", async () => {
    h = await startHarness();
    const { emu } = h;
    const held = emu.user();
    const other = emu.user();
    emu.failNext("sendMessage", { errorCode: 429, description: "Too Many Requests: retry after 120", retryAfter: 120 });
    held.send(QUESTION);
    await emu.waitForCall("sendMessage", (call) => call.params.chat_id === held.id);
    held.send(QUESTION);
    other.send(QUESTION);
    await emu.waitForMessages(other.id, 1);
    await emu.idle();
    expect(sendsTo(emu, held.id)).toHaveLength(1);
    expect(emu.messages(held.id).map((m) => emu.renderedText(m))).not.toContain(TEXTS.failure);
  });
});
