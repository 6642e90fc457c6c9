import type { Logger } from "../log/logger.js";

/** An async listener may be given too: its failure is logged like a throw. */
export type LeadershipListener = (leading: boolean) => void;

/** Whether this instance leads, and who is told when that changes. */
export interface LeadershipState {
  isLeader(): boolean;
  /** Sets the state; listeners are told only of a change, each once, in the order they came. */
  set(leading: boolean): void;
  onChange(listener: LeadershipListener): () => void;
}

/**
 * Listeners are called at once, not on a later tick: a leader that lost its connection must stop its leader's work
 * before anything else runs. A listener that throws (or whose promise fails) is logged and does not keep the
 * others from being told.
 */
export function createLeadershipState(logger: Logger): LeadershipState {
  let leading = false;
  const listeners = new Set<LeadershipListener>();
  const failed = (error: unknown) => logger.error({ err: error instanceof Error ? error.message : String(error) }, "a leadership listener failed");
  return {
    isLeader: () => leading,
    set(next) {
      if (next === leading) return;
      leading = next;
      for (const listener of [...listeners]) {
        try {
          const result: unknown = listener(next);
          if (result instanceof Promise) result.catch(failed);
        } catch (error) {
          failed(error);
        }
      }
    },
    onChange(listener) {
      // A wrapper per call: the same function added twice is two subscriptions, each removed by its own function.
      const entry: LeadershipListener = (leading) => listener(leading);
      listeners.add(entry);
      return () => void listeners.delete(entry);
    },
  };
}
