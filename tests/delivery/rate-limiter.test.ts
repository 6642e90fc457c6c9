import { describe, expect, it } from "vitest";
import { DELIVERY_DEFAULTS, type DeliveryDefaults } from "../../src/delivery/defaults.js";
import { createRateLimiter } from "../../src/delivery/rate-limiter.js";
import { busiestWindow } from "./helpers/drain.js";

/** How long a send started at `now` takes to be answered, and when within that time it reaches Telegram (0..1). */
type Network = (now: number) => { took: number; arrivesAt: number };

/** Sends to distinct chats for `ms` of simulated time, one millisecond at a time, over `network`. */
function simulate(network: Network, ms: number, limits: Partial<DeliveryDefaults> = {}) {
  const limiter = createRateLimiter({ ...DELIVERY_DEFAULTS, ...limits });
  const starts: number[] = [];
  const arrivals: number[] = [];
  const answers = new Map<number, number[]>();
  let chat = 1;
  for (let now = 0; now < ms; now++) {
    for (const answered of answers.get(now) ?? []) limiter.finish(answered, now);
    answers.delete(now);
    while (limiter.globalWait(now) === 0) {
      limiter.begin(chat, now);
      const { took, arrivesAt } = network(now);
      starts.push(now);
      arrivals.push(now + Math.round(took * arrivesAt));
      const at = now + Math.max(1, Math.round(took));
      answers.set(at, [...(answers.get(at) ?? []), chat]);
      chat++;
    }
  }
  return { starts, arrivals };
}

/** Quick answers, except that every 5 s the network stalls for a second and then lets everything through at once. */
const stalling: Network = (now) => {
  const stallEnds = Math.floor(now / 5000) * 5000 + 1000;
  return now < stallEnds ? { took: stallEnds - now + 5, arrivesAt: 1 } : { took: 30, arrivesAt: 0.5 };
};

describe("the overall limits", () => {
  it("keeps the configured pace when Telegram answers quickly", () => {
    const { starts } = simulate(() => ({ took: 30, arrivesAt: 0.5 }), 20_000);
    expect(busiestWindow(starts, 1000)).toBe(DELIVERY_DEFAULTS.ratePerSecond);
    expect(starts.length / 20).toBeGreaterThanOrEqual(DELIVERY_DEFAULTS.ratePerSecond * 0.95);
  });

  it("never lets arrivals bunched by a stalled network exceed Telegram's cap", () => {
    const { starts, arrivals } = simulate(stalling, 60_000);
    expect(busiestWindow(starts, 1000)).toBeLessThanOrEqual(DELIVERY_DEFAULTS.ratePerSecond);
    expect(busiestWindow(arrivals, 1000)).toBeLessThanOrEqual(DELIVERY_DEFAULTS.telegramPerSecond);
    expect(starts.length / 60).toBeGreaterThanOrEqual(DELIVERY_DEFAULTS.ratePerSecond * 0.8);
  });

  it("would exceed it on the configured pace alone, which is why arrivals are counted", () => {
    const { arrivals } = simulate(stalling, 60_000, { telegramPerSecond: Number.POSITIVE_INFINITY });
    expect(busiestWindow(arrivals, 1000)).toBeGreaterThan(DELIVERY_DEFAULTS.telegramPerSecond);
  });
});
