import { afterEach, describe, expect, it } from "vitest";
import { Telegraf, TelegramError } from "telegraf";
import { createBotApiEmulator, type BotApiEmulator } from "../../src/emulator/emulator.js";
import { createRateLimiter } from "../../src/emulator/limits.js";

function fakeClock(start = 1_700_000_000_000) {
  let t = start;
  return { now: () => t, advance: (ms: number) => void (t += ms) };
}

describe("createRateLimiter", () => {
  it("perChatIntervalMs: one accepted send per chat per interval, other chats unaffected", () => {
    const clock = fakeClock();
    const limiter = createRateLimiter({ perChatIntervalMs: 1000 }, clock.now);
    expect(limiter.check(1, false)).toBeNull();
    limiter.record(1, false);
    clock.advance(400);
    expect(limiter.check(1, false)).toBe(1);
    expect(limiter.check(2, false)).toBeNull();
    clock.advance(600);
    expect(limiter.check(1, false)).toBeNull();
  });

  it("perSecondGlobal: at most N accepted sends in any one-second window", () => {
    const clock = fakeClock();
    const limiter = createRateLimiter({ perSecondGlobal: 3 }, clock.now);
    for (const chat of [1, 2, 3]) {
      expect(limiter.check(chat, false)).toBeNull();
      limiter.record(chat, false);
      clock.advance(100);
    }
    expect(limiter.check(4, false)).toBe(1);
    clock.advance(700);
    expect(limiter.check(4, false)).toBeNull();
  });

  it("perGroupPerMinute: groups only, retry_after counts down to the oldest send leaving the minute", () => {
    const clock = fakeClock();
    const limiter = createRateLimiter({ perGroupPerMinute: 2 }, clock.now);
    limiter.record(-5, true);
    clock.advance(10_000);
    limiter.record(-5, true);
    clock.advance(5_000);
    expect(limiter.check(-5, true)).toBe(45);
    limiter.record(7, false);
    limiter.record(7, false);
    expect(limiter.check(7, false)).toBeNull();
    clock.advance(45_000);
    expect(limiter.check(-5, true)).toBeNull();
  });

  it("timeScale: windows shrink by the scale and retry_after is reported in emulated seconds", () => {
    const clock = fakeClock();
    const limiter = createRateLimiter({ perChatIntervalMs: 1000, perGroupPerMinute: 1, timeScale: 10 }, clock.now);
    limiter.record(-9, true);
    clock.advance(50);
    expect(limiter.check(-9, true)).toBe(60);
    clock.advance(50);
    expect(limiter.check(-9, true)).toBe(59);
    limiter.record(1, false);
    clock.advance(99);
    expect(limiter.check(1, false)).toBe(1);
    clock.advance(1);
    expect(limiter.check(1, false)).toBeNull();
  });

  it("perSecondPaid: a paid broadcast meets the higher cap, counted with every other send", () => {
    const clock = fakeClock();
    const limiter = createRateLimiter({ perSecondGlobal: 3, perSecondPaid: 5 }, clock.now);
    for (const chat of [1, 2, 3]) limiter.record(chat, false);
    expect(limiter.check(4, false)).toBe(1);
    expect(limiter.check(4, false, true)).toBeNull();
    limiter.record(4, false);
    limiter.record(5, false);
    expect(limiter.check(6, false, true)).toBe(1);
    expect(createRateLimiter({ perSecondGlobal: 3 }, clock.now).check(1, false, true)).toBeNull();
  });

  it("retryAfterSeconds replaces the computed value", () => {
    const clock = fakeClock();
    const limiter = createRateLimiter({ perChatIntervalMs: 1000, retryAfterSeconds: 7 }, clock.now);
    limiter.record(1, false);
    expect(limiter.check(1, false)).toBe(7);
  });
});

describe("limits on the emulator's sendMessage", () => {
  let emu: BotApiEmulator;

  afterEach(async () => {
    await emu.stop();
  });

  it("answers 429 with retry_after to a too-fast bot, counts it, and lets the send through later", async () => {
    const clock = fakeClock();
    emu = createBotApiEmulator({ now: clock.now, limits: { perChatIntervalMs: 1000 } });
    await emu.start();
    const alice = emu.user();
    const bot = new Telegraf(emu.token, { telegram: { apiRoot: emu.apiRoot } });
    await bot.telegram.sendMessage(alice.id, "one");
    const refusal = await bot.telegram.sendMessage(alice.id, "two").catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(TelegramError);
    expect((refusal as TelegramError).code).toBe(429);
    expect((refusal as TelegramError).description).toBe("Too Many Requests: retry after 1");
    expect((refusal as TelegramError).parameters).toEqual({ retry_after: 1 });
    clock.advance(1000);
    await bot.telegram.sendMessage(alice.id, "two");
    expect(emu.messages(alice.id).map((m) => m.text)).toEqual(["one", "two"]);
    const stats = emu.stats();
    expect(stats.sent).toBe(2);
    expect(stats.tooManyRequests).toBe(1);
    expect(stats.perChat.get(alice.id)).toBe(2);
  });

  it("takes allow_paid_broadcast and lets paid sends past the free cap, counting them", async () => {
    const clock = fakeClock();
    emu = createBotApiEmulator({ now: clock.now, limits: { perSecondGlobal: 2 } });
    await emu.start();
    const readers = [emu.user(), emu.user(), emu.user(), emu.user()];
    const bot = new Telegraf(emu.token, { telegram: { apiRoot: emu.apiRoot } });
    await bot.telegram.sendMessage(readers[0]!.id, "one");
    await bot.telegram.sendMessage(readers[1]!.id, "two");
    const refusal = await bot.telegram.sendMessage(readers[2]!.id, "three").catch((error: unknown) => error);
    expect((refusal as TelegramError).code).toBe(429);
    // Telegraf 4.16's types predate allow_paid_broadcast (Bot API 7.11); the field goes through as given.
    for (const [reader, text] of [[readers[2]!, "three"], [readers[3]!, "four"]] as const) {
      const paid = { chat_id: reader.id, text, allow_paid_broadcast: true };
      await bot.telegram.callApi("sendMessage", paid);
    }
    expect(emu.stats()).toMatchObject({ sent: 4, paidBroadcasts: 2, tooManyRequests: 1 });
  });
});
