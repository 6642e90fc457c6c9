import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { Telegraf, TelegramError } from "telegraf";
import { API_ERRORS } from "../../src/emulator/api-error.js";
import { createBotApiEmulator, type BotApiEmulator } from "../../src/emulator/emulator.js";
import { callApi } from "./fixtures/api.js";

describe("faults", () => {
  let emu: BotApiEmulator;
  let bot: Telegraf;

  beforeEach(async () => {
    emu = createBotApiEmulator();
    await emu.start();
    bot = new Telegraf(emu.token, { telegram: { apiRoot: emu.apiRoot } });
  });

  afterEach(async () => {
    await emu.stop();
  });

  const failure = (promise: Promise<unknown>) => promise.then(() => null, (error: unknown) => error as TelegramError);

  it("block: sends to the chat get 403 until unblocked", async () => {
    const alice = emu.user();
    emu.block(alice.id);
    const error = await failure(bot.telegram.sendMessage(alice.id, "hi"));
    expect([error?.code, error?.description]).toEqual([403, API_ERRORS.blocked]);
    expect(emu.messages(alice.id)).toEqual([]);
    emu.unblock(alice.id);
    await bot.telegram.sendMessage(alice.id, "hi");
    expect(emu.messages(alice.id)).toHaveLength(1);
  });

  it("migrate: the old id answers 400 with migrate_to_chat_id; the bot hears of it; the new id works", async () => {
    const group = emu.group({ type: "group", title: "Readers" });
    const supergroup = emu.migrate(group.id, -1009876543210);
    expect(supergroup).toMatchObject({ id: -1009876543210, chat: { type: "supergroup", title: "Readers" } });
    const error = await failure(bot.telegram.sendMessage(group.id, "hi"));
    expect([error?.code, error?.description]).toEqual([400, API_ERRORS.migrated]);
    expect(error?.parameters).toEqual({ migrate_to_chat_id: -1009876543210 });
    const updates = (await callApi(emu, "getUpdates", {})).body.result;
    expect(updates.map((u: { message: object }) => u.message)).toMatchObject([
      { chat: { id: group.id }, migrate_to_chat_id: -1009876543210 },
      { chat: { id: -1009876543210 }, migrate_from_chat_id: group.id },
    ]);
    await bot.telegram.sendMessage(supergroup.id, "hi");
    expect(emu.messages(supergroup.id)).toHaveLength(1);
  });

  it("failNext: the next count calls fail as told (429 with retry_after), then calls succeed", async () => {
    const alice = emu.user();
    const tooMany = { errorCode: 429, description: "Too Many Requests: retry after 3", retryAfter: 3, count: 2 };
    emu.failNext("sendMessage", tooMany);
    for (let i = 0; i < 2; i++) {
      const error = await failure(bot.telegram.sendMessage(alice.id, "hi"));
      expect([error?.code, error?.parameters]).toEqual([429, { retry_after: 3 }]);
    }
    await bot.telegram.sendMessage(alice.id, "hi");
    expect(emu.stats()).toMatchObject({ sent: 1, tooManyRequests: 2 });
  });

  it("failNext with a 5xx: the HTTP status is the error code, as Telegraf reads it", async () => {
    const alice = emu.user();
    emu.failNext("sendMessage", { errorCode: 502, description: "Bad Gateway" });
    const error = await failure(bot.telegram.sendMessage(alice.id, "hi"));
    expect(error?.code).toBe(502);
    expect(emu.calls[0]?.response).toEqual({ ok: false, error_code: 502, description: "Bad Gateway" });
    await bot.telegram.sendMessage(alice.id, "hi");
  });

  it("dropConnectionNext: the socket is cut, the client sees a network error, the call is logged unanswered", async () => {
    const alice = emu.user();
    emu.dropConnectionNext("sendMessage");
    const error = await bot.telegram.sendMessage(alice.id, "lost").catch((e: unknown) => e as Error);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).name).toBe("FetchError");
    expect((error as Error).message).not.toContain(emu.token);
    expect(emu.calls.map((c) => [c.method, c.response])).toEqual([["sendMessage", null]]);
    expect(emu.messages(alice.id)).toEqual([]);
    await bot.telegram.sendMessage(alice.id, "kept");
    expect(emu.messages(alice.id).map((m) => m.text)).toEqual(["kept"]);
  });

  it("delayNext: holds the next call to the chat named, not calls to other chats", async () => {
    const alice = emu.user();
    const bob = emu.user();
    emu.delayNext("sendMessage", { chatId: alice.id, ms: 60_000 });
    const held = bot.telegram.sendMessage(alice.id, "late").catch(() => "released");
    await bot.telegram.sendMessage(bob.id, "on time");
    expect(emu.messages(bob.id)).toHaveLength(1);
    expect(emu.messages(alice.id)).toEqual([]);
    await emu.stop();
    expect(await held).toBeDefined();
  });

  it("garbleNext: the call is answered 200 with a body that is not JSON", async () => {
    emu.garbleNext("getMe");
    const error = await bot.telegram.getMe().catch((e: unknown) => e as Error & { type?: string });
    expect(error).toMatchObject({ name: "FetchError", type: "invalid-json" });
    expect((await bot.telegram.getMe()).is_bot).toBe(true);
  });
});
