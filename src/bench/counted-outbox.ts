/**
 * The outbox's throughput as the sender used it: a store whose outbox counts the claims that took a message and
 * the marks that recorded one (sent, pending again, failed), and the time spent waiting on each kind.
 */
import type { OutboxStore, Store } from "../store/types.js";

export interface OutboxCounts {
  claims: number;
  /** Claims that found nothing due (the sender then sleeps). */
  emptyClaims: number;
  marks: number;
  claimMs: number;
  markMs: number;
}

export function countOutbox(store: Store): { store: Store; counts: OutboxCounts } {
  const counts: OutboxCounts = { claims: 0, emptyClaims: 0, marks: 0, claimMs: 0, markMs: 0 };
  const { outbox } = store;
  const timed = async <T>(call: () => Promise<T>, add: (ms: number, result: T) => void): Promise<T> => {
    const start = performance.now();
    const result = await call();
    add(performance.now() - start, result);
    return result;
  };
  const mark = (ms: number) => {
    counts.marks++;
    counts.markMs += ms;
  };
  const counted: OutboxStore = {
    ...outbox,
    claim: (...args) =>
      timed(
        () => outbox.claim(...args),
        (ms, rows) => {
          counts.claimMs += ms;
          if (rows) counts.claims++;
          else counts.emptyClaims++;
        },
      ),
    markSent: (...args) => timed(() => outbox.markSent(...args), mark),
    markPending: (...args) => timed(() => outbox.markPending(...args), mark),
    markFailed: (...args) => timed(() => outbox.markFailed(...args), mark),
  };
  return { store: { ...store, outbox: counted }, counts };
}
