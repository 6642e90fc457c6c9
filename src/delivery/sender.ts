import { setTimeout as delay } from "node:timers/promises";
import type { Logger } from "../log/logger.js";
import type { OutboxRow, Store } from "../store/types.js";
import { DELIVERY_DEFAULTS, type DeliveryDefaults } from "./defaults.js";
import { createRateLimiter } from "./rate-limiter.js";
import type { SendPort, SendResult } from "./types.js";

export interface DrainStep {
  /** Sends started by this step (each answered before it returned). */
  sent: number;
  /** Ms until the next queued message may go; null when nothing is queued. */
  nextInMs: number | null;
}

export interface Sender {
  /** Puts back rows a crash left `sending`, then drains the outbox until stop(). */
  start(): void;
  /** Stops taking rows and resolves once every send in flight has been answered and recorded. */
  stop(): Promise<void>;
  /** Messages were queued: look now rather than at the next check. */
  wake(): void;
  /** Rows left `sending` by a crash go back to pending (each may have reached the reader: at most one duplicate). */
  recoverInFlight(): number;
  /** For tests on a fake clock: sends all that may go at now(), awaits the answers, says when to call again. */
  drainOnce(): Promise<DrainStep>;
}

export interface SenderDeps {
  store: Store;
  send: SendPort;
  now: () => number;
  logger: Logger;
  /** DELIVERY_RATE: messages a second overall. */
  rate?: number;
  /** Resolves after `ms` or as soon as `signal` aborts; scaled or fake in benchmarks and tests. */
  sleep?: (ms: number, signal: AbortSignal) => Promise<void>;
  limits?: Partial<DeliveryDefaults>;
}

const realSleep = (ms: number, signal: AbortSignal): Promise<void> =>
  delay(ms, undefined, { signal }).catch(() => undefined);

type Step = { kind: "send"; row: OutboxRow } | { kind: "wait"; ms: number | null };

/**
 * Drains the outbox within Telegram's limits. Each row is marked `sending` before the call and `sent` after
 * it, so a kill -9 can only leave the rows in flight unresolved: they are sent again at the next start.
 */
export function createSender(deps: SenderDeps): Sender {
  const { store, logger } = deps;
  const settings = {
    ...DELIVERY_DEFAULTS,
    ...deps.limits,
    ratePerSecond: deps.rate ?? deps.limits?.ratePerSecond ?? DELIVERY_DEFAULTS.ratePerSecond,
  };
  const limiter = createRateLimiter(settings);
  const sleep = deps.sleep ?? realSleep;
  const inFlight = new Set<Promise<void>>();
  let running = false;
  let loop: Promise<void> | null = null;
  let woken = false;
  let wakeController: AbortController | null = null;
  /** Whether the loop sleeps longer than a chat's interval: only then can an answer free something sooner. */
  let longSleep = false;
  let lastPruneAt = -Infinity;

  const wake = (): void => {
    woken = true;
    wakeController?.abort();
  };

  const backoff = (attempts: number): number =>
    Math.min(settings.backoffBaseMs * 2 ** (attempts - 1), settings.backoffCapMs);

  const settle = (row: OutboxRow, result: SendResult): void => {
    const now = deps.now();
    limiter.finish(row.chatId, now);
    const log = { chatId: row.chatId, outboxId: row.id };
    switch (result.kind) {
      case "ok":
        store.outbox.markSent(row.id, now);
        return;
      case "retry_after": {
        const pausedAll = limiter.retryAfter(row.chatId, result.seconds, now);
        store.outbox.markPending(row.id, `429 retry after ${result.seconds}s`, false, now);
        logger.warn({ ...log, retryAfter: result.seconds, pausedAll }, "Telegram asked to slow down");
        return;
      }
      case "transient": {
        const attempts = row.attempts + 1;
        if (attempts >= settings.maxAttempts) {
          store.outbox.markFailed(row.id, result.detail, now);
          logger.error({ ...log, attempts, detail: result.detail }, "message given up after retries");
        } else {
          limiter.hold(row.chatId, now + backoff(attempts));
          store.outbox.markPending(row.id, result.detail, true, now);
          logger.warn({ ...log, attempts, detail: result.detail }, "send failed, will retry");
        }
        return;
      }
      case "rejected":
        store.outbox.markFailed(row.id, result.detail, now);
        logger.error({ ...log, detail: result.detail }, "message refused by Telegram");
        return;
      case "blocked":
        store.transaction(() => {
          store.outbox.markFailed(row.id, result.detail, now);
          store.subscribers.deactivate(row.chatId);
        });
        logger.info({ ...log, detail: result.detail }, "reader gone: subscriber deactivated");
        return;
      case "migrated":
        store.transaction(() => {
          store.subscribers.migrate(row.chatId, result.toChatId);
          store.outbox.markPending(row.id, `migrated to ${result.toChatId}`, false, now);
        });
        logger.info({ ...log, toChatId: result.toChatId }, "group migrated: subscription moved");
        return;
    }
  };

  const launch = (row: OutboxRow): void => {
    const now = deps.now();
    // The row first: if that write fails, the limiter has not counted a send that never started.
    store.outbox.markSending(row.id, now);
    limiter.begin(row.chatId, now);
    const message = { chatId: row.chatId, threadId: row.threadId, text: row.text, buttons: row.buttons };
    // Through a promise even if the port throws before its first await, so the row is always settled.
    const task = Promise.resolve()
      .then(() => deps.send(message))
      .catch((error: unknown): SendResult => ({ kind: "transient", detail: String(error) }))
      .then((result) => settle(row, result))
      .catch((error: unknown) => logger.error({ outboxId: row.id, err: String(error) }, "recording a send failed"))
      .finally(() => {
        inFlight.delete(task);
        if (longSleep) wake();
      });
    inFlight.add(task);
  };

  const pick = (now: number): Step => {
    if (inFlight.size >= settings.maxInFlight) return { kind: "wait", ms: null };
    const globalWait = limiter.globalWait(now);
    if (globalWait > 0) return { kind: "wait", ms: store.outbox.hasPending() ? globalWait : null };
    const row = store.outbox.next(now, limiter.blockedChats(now));
    if (row) return { kind: "send", row };
    if (!store.outbox.hasPending()) return { kind: "wait", ms: null };
    const times = [store.outbox.nextDueAfter(now), limiter.nextChatReadyAt(now)].filter((t): t is number => t !== null);
    return { kind: "wait", ms: times.length > 0 ? Math.max(1, Math.min(...times) - now) : null };
  };

  const pruneIfDue = (now: number): void => {
    if (now - lastPruneAt < settings.pruneEveryMs) return;
    lastPruneAt = now;
    const pruned = store.outbox.prune(now - settings.outboxRetentionMs);
    if (pruned > 0) logger.info({ pruned }, "old outbox rows pruned");
  };

  /** Sleeps until `ms` pass or wake() is called (also if it was called since the last rest). */
  const rest = async (ms: number): Promise<void> => {
    if (!woken) {
      wakeController = new AbortController();
      longSleep = ms > settings.perChatIntervalMs;
      await sleep(ms, wakeController.signal);
      longSleep = false;
      wakeController = null;
    }
    woken = false;
  };

  const run = async (): Promise<void> => {
    while (running) {
      try {
        pruneIfDue(deps.now());
        const step = pick(deps.now());
        if (step.kind === "send") {
          launch(step.row);
          continue;
        }
        // Full or idle (ms null): an answer or a new row ends the wait, else the periodic check does.
        await rest(step.ms ?? settings.idleCheckMs);
      } catch (error) {
        logger.error({ err: String(error) }, "sender loop failed; retrying");
        await rest(settings.idleCheckMs);
      }
    }
  };

  const recoverInFlight = (): number => {
    const requeued = store.outbox.requeueInFlight(deps.now());
    if (requeued > 0) logger.warn({ requeued }, "messages in flight at the last stop will be sent again");
    return requeued;
  };

  return {
    start() {
      if (running) return;
      recoverInFlight();
      running = true;
      loop = run();
    },
    async stop() {
      running = false;
      wake();
      await loop;
      loop = null;
      await Promise.all([...inFlight]);
    },
    wake,
    recoverInFlight,
    async drainOnce() {
      let sent = 0;
      for (;;) {
        const step = pick(deps.now());
        if (step.kind === "send") {
          launch(step.row);
          sent++;
        } else if (inFlight.size > 0) {
          await Promise.all([...inFlight]);
        } else {
          return { sent, nextInMs: step.ms };
        }
      }
    },
  };
}
