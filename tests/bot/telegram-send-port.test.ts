import { Telegraf } from "telegraf";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTelegramSendPort } from "../../src/bot/telegram-send-port.js";
import { createMemoryHoldStore, createTelegramHolds } from "../../src/bot/telegram/holds.js";
import { SUBSCRIPTION_TEXTS } from "../support/texts.js";
import type { SendPort } from "../../src/delivery/types.js";
import { createBotApiEmulator, type BotApiEmulator } from "../../src/emulator/emulator.js";
import { buttonsOf } from "./helpers/harness.js";

describe("the sender's port over the bot's Telegram client", () => {
  let emu: BotApiEmulator;
  let send: SendPort;
  beforeAll(async () => {
    emu = createBotApiEmulator();
    await emu.start();
    const bot = new Telegraf(emu.token, { telegram: { apiRoot: emu.apiRoot } });
    send = createTelegramSendPort(bot.telegram, { secrets: [emu.token], labelsOf: () => SUBSCRIPTION_TEXTS.buttons });
  });
  afterAll(() => emu.stop());

  const message = (chatId: number, threadId: number | null = null) => ({
    chatId,
    threadId,
    text: "<b>Caspian summit</b> &amp; more",
    buttons: [{ kind: "explain" as const, itemId: 42 }],
  });

  it("sends HTML with the Explain button, to the forum topic when there is one", async () => {
    const reader = emu.user();
    expect(await send(message(reader.id))).toEqual({ kind: "ok" });
    const [sent] = emu.messages(reader.id);
    expect(emu.renderedText(sent!)).toBe("Caspian summit & more");
    expect(buttonsOf(sent)).toEqual([SUBSCRIPTION_TEXTS.buttons.explain]);

    const forum = emu.group({ type: "supergroup", isForum: true });
    expect(await send(message(forum.id, 9))).toEqual({ kind: "ok" });
    expect(emu.messages(forum.id, { threadId: 9 })).toHaveLength(1);
  });

  it("turns Telegram's refusals into what the sender does about them", async () => {
    const reader = emu.user();
    emu.failNext("sendMessage", { errorCode: 429, description: "Too Many Requests: retry after 7", retryAfter: 7 });
    expect(await send(message(reader.id))).toEqual({ kind: "retry_after", seconds: 7 });
    emu.failNext("sendMessage", { errorCode: 502, description: "Bad Gateway" });
    expect(await send(message(reader.id))).toMatchObject({ kind: "transient" });
    expect(await send({ ...message(reader.id), text: "<b>unclosed" })).toMatchObject({ kind: "rejected" });
    expect(await send(message(123_456_789))).toMatchObject({ kind: "blocked", detail: "400 Bad Request: chat not found" });
    emu.block(reader.id);
    expect(await send(message(reader.id))).toMatchObject({ kind: "blocked" });

    const group = emu.group({ type: "group" });
    emu.migrate(group.id, -1_001_555_000_001);
    expect(await send(message(group.id))).toEqual({ kind: "migrated", toChatId: -1_001_555_000_001 });
  });

  it("calls a lost connection transient, without the token in its detail", async () => {
    const reader = emu.user();
    emu.dropConnectionNext("sendMessage");
    const result = await send(message(reader.id));
    expect(result.kind).toBe("transient");
    expect(JSON.stringify(result)).not.toContain(emu.token.split(":")[1]);
  });

  it("keeps a 429 window and sends nothing into it: the sender hears retry_after for what is left", async () => {
    const store = createMemoryHoldStore();
    const holds = createTelegramHolds({ getStore: () => store, now: Date.now });
    const bot = new Telegraf(emu.token, { telegram: { apiRoot: emu.apiRoot } });
    const guarded = createTelegramSendPort(bot.telegram, { secrets: [emu.token], labelsOf: () => SUBSCRIPTION_TEXTS.buttons, holds });
    const reader = emu.user();
    emu.failNext("sendMessage", { errorCode: 429, description: "Too Many Requests: retry after 30", retryAfter: 30 });
    expect(await guarded(message(reader.id))).toEqual({ kind: "retry_after", seconds: 30 });
    const calls = emu.calls.length;
    const again = await guarded(message(reader.id));
    expect(again.kind === "retry_after" && again.seconds > 25).toBe(true);
    expect(emu.calls.length).toBe(calls);
    expect(await guarded(message(emu.user().id))).toEqual({ kind: "ok" });
  });
});
