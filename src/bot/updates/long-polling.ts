import type { Telegram } from "telegraf";
import type { Update } from "telegraf/types";
import type { Logger } from "../../log/logger.js";
import { describeError } from "../middlewares/error-boundary.js";
import type { TelegramHolds } from "../telegram/holds.js";
import { classifyPollFault } from "./poll-fault.js";
import type { UpdateDispatcher } from "./update-dispatcher.js";

export interface PollingTimings {
  /** getUpdates' long-poll timeout: Telegram answers within it even when there is nothing new. */
  timeoutSeconds: number;
  /** A reply this much later than the long-poll timeout is abandoned and the poll made again. */
  overdueMs: number;
  /** Waits after consecutive failures (5xx, dropped sockets...) double from the first to the last. */
  backoffFirstMs: number;
  backoffMaxMs: number;
  /** At stop, telling Telegram which updates were taken gets this long. */
  offsetConfirmTimeoutMs: number;
}

export interface PollingDeps {
  telegram: Telegram;
  dispatcher: UpdateDispatcher;
  holds: TelegramHolds;
  logger: Logger;
  secrets: readonly string[];
  timings: PollingTimings;
  sleep(ms: number, signal: AbortSignal): Promise<void>;
  /** Polling ended on a refusal it cannot get past (401, 404, 409). */
  onFatal(error: unknown): void;
}

export interface LongPolling {
  /** Ends the poll in flight and any wait at once; resolves when the loop has ended. */
  stop(): Promise<void>;
  /** After the stop, tells Telegram the updates taken are done with, so that a restart does not get them again. */
  confirmTaken(): Promise<void>;
}

type CallOptions = NonNullable<Parameters<Telegram["callApi"]>[2]>;
/** Telegraf types its signal with an older shim's; the fetch under it takes the platform's AbortSignal. */
export const asCallSignal = (signal: AbortSignal) => signal as unknown as CallOptions["signal"];

/**
 * Long polling of our own, in place of Telegraf's, which handles a whole batch before asking for the next one, waits
 * out any 429 without a way to stop, and says nothing of the faults it retries. Here each update goes to the
 * dispatcher as it comes; a poll overdue is abandoned; each fault is logged at warn with its kind and retried after
 * Telegram's retry_after (kept in the store) or a growing backoff; stop() ends everything at once.
 */
export function startLongPolling(deps: PollingDeps): LongPolling {
  const { timings, logger } = deps;
  const stopping = new AbortController();
  let offset = 0;
  let failures = 0;
  let refused = false;

  const pollOnce = async (): Promise<void> => {
    const watchdog = AbortSignal.timeout(timings.timeoutSeconds * 1000 + timings.overdueMs);
    try {
      const updates: Update[] = await deps.telegram.callApi(
        "getUpdates",
        { timeout: timings.timeoutSeconds, offset, allowed_updates: [] },
        { signal: asCallSignal(AbortSignal.any([stopping.signal, watchdog])) },
      );
      failures = 0;
      for (const update of updates) {
        offset = Math.max(offset, update.update_id + 1);
        deps.dispatcher.push(update);
      }
    } catch (error) {
      if (stopping.signal.aborted) return;
      const fault = classifyPollFault(error, watchdog.aborted);
      if (fault.fatal) {
        refused = true;
        stopping.abort();
        return deps.onFatal(error);
      }
      failures += 1;
      if (fault.retryAfterSeconds !== null) deps.holds.record(null, fault.retryAfterSeconds);
      const waitMs =
        fault.retryAfterSeconds === null
          ? Math.min(timings.backoffFirstMs * 2 ** (failures - 1), timings.backoffMaxMs)
          : deps.holds.remainingMs(null);
      logger.warn({ kind: fault.kind, failures, retryInMs: waitMs, ...describeError(error, deps.secrets) }, "polling failed; retrying");
      await deps.sleep(waitMs, stopping.signal);
    }
  };

  const loop = (async () => {
    while (!stopping.signal.aborted) {
      await deps.holds.waitForBot(stopping.signal);
      await deps.dispatcher.room(stopping.signal);
      if (stopping.signal.aborted) break;
      await pollOnce();
    }
  })().catch((error: unknown) => {
    logger.error(describeError(error, deps.secrets), "polling stopped on an unexpected error");
    deps.onFatal(error);
  });

  // Telegram forgets the updates taken only at the next poll: one last, short call says so, unless polling was
  // refused or the call would go into a 429 window.
  const confirmTaken = async (): Promise<void> => {
    if (refused || offset === 0 || deps.holds.remainingMs(null) > 0) return;
    const signal = asCallSignal(AbortSignal.timeout(timings.offsetConfirmTimeoutMs));
    await deps.telegram.callApi("getUpdates", { offset, limit: 1, timeout: 0 }, { signal }).catch(() => undefined);
  };

  return {
    stop() {
      stopping.abort();
      return loop;
    },
    confirmTaken,
  };
}
