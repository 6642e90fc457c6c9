import type { Update } from "telegraf/types";
import type { Logger } from "../../log/logger.js";
import { describeError } from "../middlewares/error-boundary.js";
import { conversationOf } from "./update-key.js";

/**
 * Hands updates to the bot as they come, without waiting for the ones before: each conversation's updates in order,
 * conversations side by side, so that a slow call for one chat never delays another chat's answer.
 */
export interface UpdateDispatcher {
  /** Queues an update behind its conversation's earlier ones; returns at once. */
  push(update: Update): void;
  /** Updates taken and not yet handled. */
  inHand(): number;
  /** Resolves once fewer than the limit are in hand (polling takes no more meanwhile), or when `signal` aborts. */
  room(signal: AbortSignal): Promise<void>;
  /** Resolves once every update in hand is handled, or after `timeoutMs`; with how many were left unfinished. */
  drain(timeoutMs: number): Promise<number>;
}

export interface DispatcherDeps {
  /** Handles one update; Telegraf's handleUpdate, whose error boundary catches what a feature throws. */
  handle(update: Update): Promise<void>;
  /** How many updates may be in hand at once. */
  maxInHand: number;
  logger: Logger;
  /** What never appears in a log line (the token, which the HTTP client's errors quote in their URL). */
  secrets: readonly string[];
}

export function createUpdateDispatcher(deps: DispatcherDeps): UpdateDispatcher {
  const tails = new Map<string, Promise<void>>();
  const listeners = new Set<() => void>();
  let inHand = 0;

  const notify = () => [...listeners].forEach((listener) => listener());

  /** Resolves when `done()` holds, re-checked after each update handled, or when `signal` aborts. */
  const until = (done: () => boolean, signal: AbortSignal): Promise<void> =>
    new Promise((resolve) => {
      const check = () => {
        if (!done() && !signal.aborted) return;
        listeners.delete(check);
        signal.removeEventListener("abort", check);
        resolve();
      };
      listeners.add(check);
      signal.addEventListener("abort", check);
      check();
    });

  return {
    push(update) {
      const key = conversationOf(update);
      inHand += 1;
      const tail = (tails.get(key) ?? Promise.resolve())
        .then(() => deps.handle(update))
        .catch((error: unknown) => deps.logger.error({ updateId: update.update_id, ...describeError(error, deps.secrets) }, "update not handled"))
        .finally(() => {
          inHand -= 1;
          if (tails.get(key) === tail) tails.delete(key);
          notify();
        });
      tails.set(key, tail);
    },
    inHand: () => inHand,
    room: (signal) => until(() => inHand < deps.maxInHand, signal),
    async drain(timeoutMs) {
      await until(() => inHand === 0, AbortSignal.timeout(timeoutMs));
      return inHand;
    },
  };
}
