import type { Sender } from "../../../src/delivery/sender.js";
import type { FakeClock } from "./fake-clock.js";

/** Steps the sender on the fake clock until nothing is queued; fails rather than loop forever. */
export async function drainUntilIdle(sender: Sender, clock: FakeClock, maxSteps = 100_000): Promise<void> {
  for (let step = 0; step < maxSteps; step++) {
    const { nextInMs } = await sender.drainOnce();
    if (nextInMs === null) return;
    clock.advance(nextInMs);
  }
  throw new Error(`the outbox was not drained in ${maxSteps} steps`);
}

/** The most sends that fall in any window of `windowMs` (a send `windowMs` after another is in the next window). */
export function busiestWindow(times: readonly number[], windowMs: number): number {
  const sorted = [...times].sort((a, b) => a - b);
  let most = 0;
  let start = 0;
  for (let end = 0; end < sorted.length; end++) {
    while ((sorted[end] ?? 0) - (sorted[start] ?? 0) >= windowMs) start++;
    most = Math.max(most, end - start + 1);
  }
  return most;
}
