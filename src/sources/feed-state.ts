import type { SourceState } from "../core/items.js";

export const NEW_SOURCE_STATE: SourceState = Object.freeze({
  etag: null,
  lastModified: null,
  lastPollAt: null,
  lastSuccessAt: null,
  lastError: null,
  failures: 0,
  nextPollAt: null,
});

export interface Schedule {
  intervalMs: number;
  maxBackoffMs: number;
}

/** The longest a feed ever waits: the backoff's cap, or the interval when that is longer. */
export function longestWait(schedule: Schedule): number {
  return Math.max(schedule.intervalMs, schedule.maxBackoffMs);
}

/** The wait after the n-th failure in a row: twice the interval, then four times, and so on up to the cap. */
function backoffMs(failures: number, schedule: Schedule): number {
  const doubled = schedule.intervalMs * 2 ** Math.min(Math.max(failures, 1), 30);
  return Math.min(doubled, longestWait(schedule));
}

/**
 * Whether a feed should be polled now. A nextPollAt further away than any wait we ever set comes
 * from a clock that went back or a longer interval configured before: it is not waited for.
 */
export function isDue(state: SourceState | null, at: Date, schedule: Schedule): boolean {
  if (!state?.nextPollAt) return true;
  const next = Date.parse(state.nextPollAt);
  return Number.isNaN(next) || next <= at.getTime() || next > at.getTime() + longestWait(schedule);
}

/** After a good answer, new items or a 304: validators kept, failures forgotten, next poll one interval on. */
export function afterSuccess(
  at: Date,
  validators: { etag: string | null; lastModified: string | null },
  schedule: Schedule,
): SourceState {
  return {
    etag: validators.etag,
    lastModified: validators.lastModified,
    lastPollAt: at.toISOString(),
    lastSuccessAt: at.toISOString(),
    lastError: null,
    failures: 0,
    nextPollAt: new Date(at.getTime() + schedule.intervalMs).toISOString(),
  };
}

/** After a failure: the validators kept for when the feed comes back, the error kept for /stats, the next try backed off. */
export function afterFailure(previous: SourceState, at: Date, error: string, schedule: Schedule): SourceState {
  const failures = previous.failures + 1;
  return {
    ...previous,
    lastPollAt: at.toISOString(),
    lastError: error,
    failures,
    nextPollAt: new Date(at.getTime() + backoffMs(failures, schedule)).toISOString(),
  };
}
