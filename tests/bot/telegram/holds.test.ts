import { describe, expect, it } from "vitest";
import { createMemoryHoldStore, createTelegramHolds } from "../../../src/bot/telegram/holds.js";

describe("Telegram's 429 windows", () => {
  it("hold a chat for retry_after, and the whole bot's window holds every chat", () => {
    let now = 1_000_000;
    const store = createMemoryHoldStore();
    const holds = createTelegramHolds({ getStore: () => store, now: () => now });
    holds.record(1001, 3);
    expect(holds.remainingMs(1001)).toBe(3000);
    expect(holds.remainingMs(1002)).toBe(0);
    holds.record(null, 10);
    expect(holds.remainingMs(1002)).toBe(10_000);
    now += 10_000;
    expect([holds.remainingMs(1001), holds.remainingMs(null)]).toEqual([0, 0]);
  });

  it("waitForBot sleeps out the bot's window, and ends at once when aborted", async () => {
    let now = 0;
    const slept: number[] = [];
    const store = createMemoryHoldStore();
    const sleep = async (ms: number) => {
      slept.push(ms);
      now += ms;
    };
    const holds = createTelegramHolds({ getStore: () => store, now: () => now, sleep });
    holds.record(null, 5);
    await holds.waitForBot(new AbortController().signal);
    expect(slept).toEqual([5000]);
    holds.record(null, 5);
    const aborted = new AbortController();
    aborted.abort();
    await holds.waitForBot(aborted.signal);
    expect(slept).toEqual([5000]);
  });

  it("reads the kept windows from the store once, at load, and writes each new one through", async () => {
    const now = 1_000_000;
    const kept = createMemoryHoldStore();
    await kept.hold("chat:1001", now + 4000, now);
    let reads = 0;
    const store = {
      ...kept,
      heldUntil: (scope: string, at: number) => (reads++, kept.heldUntil(scope, at)),
      active: (at: number) => (reads++, kept.active(at)),
    };
    const holds = createTelegramHolds({ getStore: () => store, now: () => now });
    await holds.load();
    for (let call = 0; call < 50; call++) expect(holds.remainingMs(1001)).toBe(4000);
    holds.record(1002, 2);
    expect(holds.remainingMs(1002)).toBe(2000);
    expect(reads).toBe(1);
    // Written through: a restarted bot on the same store waits the window out too.
    expect(await kept.heldUntil("chat:1002", now)).toBe(now + 2000);
  });
});
