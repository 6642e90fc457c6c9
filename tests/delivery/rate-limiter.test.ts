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

/**
 * A sender whose every wake comes `lateMs` after the time it slept for (a timer firing late, the outbox read
 * first), answered at once; with `backdate` it tells the limiter when each send was due.
 */
function simulateLateWakes(lateMs: number, ms: number, backdate: boolean) {
  const limiter = createRateLimiter(DELIVERY_DEFAULTS);
  const starts: number[] = [];
  let now = 0;
  let chat = 1;
  while (now < ms) {
    const wait = limiter.globalWait(now);
    if (wait > 0) {
      const dueAt = now + wait;
      now = dueAt + lateMs;
      limiter.begin(chat, now, backdate ? dueAt : undefined);
    } else {
      limiter.begin(chat, now);
    }
    limiter.finish(chat, now + 1);
    starts.push(now);
    chat++;
  }
  return starts;
}

describe("late wakes", () => {
  it("keep the configured rate: a send counts from when it was due, so one late start does not push the next ones back", () => {
    const starts = simulateLateWakes(20, 60_000, true);
    expect(starts.length / 60).toBeGreaterThanOrEqual(DELIVERY_DEFAULTS.ratePerSecond * 0.99);
    expect(busiestWindow(starts, 1000)).toBeLessThanOrEqual(DELIVERY_DEFAULTS.ratePerSecond + 1);
  });

  it("would lose the delays along the queue if counted from the late start", () => {
    const starts = simulateLateWakes(20, 60_000, false);
    expect(starts.length / 60).toBeLessThan(DELIVERY_DEFAULTS.ratePerSecond * 0.99);
  });
});
