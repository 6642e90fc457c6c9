import { setTimeout as delay } from "node:timers/promises";
import type { Logger } from "../log/logger.js";
import type { Store } from "../store/types.js";
import { DELIVERY_DEFAULTS, type DeliveryDefaults } from "./defaults.js";
import { nextMessage, type QueuedMessage } from "./next-message.js";
import type { DeliveryTextsOf } from "./texts.js";
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
  /** Rows left `sending` by a crash go back to pending (each may have reached the reader: at most one duplicate); returns how many chats they are for. */
  recoverInFlight(): Promise<number>;
  /** For tests on a fake clock: sends all that may go at now(), awaits the answers, says when to call again. */
  drainOnce(): Promise<DrainStep>;
}

export interface SenderDeps {
  store: Store;
  send: SendPort;
  /** Each chat's texts (a burst's title), in the language kept for it. */
  textsOf: DeliveryTextsOf;
  now: () => number;
  logger: Logger;
  /** DELIVERY_RATE: messages a second overall. */
  rate?: number;
  /** PAID_BROADCAST: the send port asks for Telegram's paid broadcasts, whose cap is 1,000 a second, not 30. */
  paidBroadcast?: boolean;
  /** Resolves after `ms` or as soon as `signal` aborts; scaled or fake in benchmarks and tests. */
  sleep?: (ms: number, signal: AbortSignal) => Promise<void>;
  limits?: Partial<DeliveryDefaults>;
}

const realSleep = (ms: number, signal: AbortSignal): Promise<void> =>
  delay(ms, undefined, { signal }).catch(() => undefined);

type Step = { kind: "send"; message: QueuedMessage } | { kind: "wait"; ms: number | null };

function senderSettings(deps: SenderDeps): DeliveryDefaults {
  const merged = { ...DELIVERY_DEFAULTS, ...deps.limits };
  const ratePerSecond = deps.rate ?? merged.ratePerSecond;
  if (!deps.paidBroadcast) return { ...merged, ratePerSecond };
  // Telegram's free cap keeps the default enough; a paid rate needs more sends awaiting answers to reach it.
  return {
    ...merged,
    ratePerSecond,
    telegramPerSecond: merged.paidTelegramPerSecond,
    maxInFlight: Math.max(merged.maxInFlight, Math.ceil((ratePerSecond * merged.inFlightAnswerMs) / 1000)),
  };
}

/**
 * Drains the outbox within Telegram's limits, one message per reader's turn with everything waiting for them.
 * A message's rows are marked `sending` together before the call and `sent` together after it, so a kill -9 can
 * only leave the messages in flight unresolved: they are sent again at the next start.
 */
export function createSender(deps: SenderDeps): Sender {
  const { store, logger } = deps;
  const settings = senderSettings(deps);
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
  let stopping = new AbortController();

  const wake = (): void => {
    woken = true;
    wakeController?.abort();
  };

  const backoff = (attempts: number): number =>
    Math.min(settings.backoffBaseMs * 2 ** (attempts - 1), settings.backoffCapMs);

  /**
   * Records a send's outcome through a database outage: retried with backoff until it lands or the sender stops.
   * Rows whose outcome never landed stay `sending`, and go again at the next start (one duplicate at most).
   */
  const record = async (write: () => Promise<void>, ids: readonly number[]): Promise<void> => {
    for (let attempt = 1; ; attempt++) {
      try {
        return await write();
      } catch (error) {
        if (!running) throw error;
        logger.warn({ outboxIds: ids, attempt, err: String(error) }, "recording a send failed; retrying");
        await sleep(backoff(attempt), stopping.signal);
      }
    }
  };

  const settle = async (message: QueuedMessage, result: SendResult): Promise<void> => {
    const now = deps.now();
    const ids = message.rowIds;
    limiter.finish(message.chatId, now);
    const log = { chatId: message.chatId, outboxIds: ids };
    switch (result.kind) {
      case "ok":
        await record(() => store.outbox.markSent(ids, now), ids);
        return;
      case "retry_after": {
        const pausedAll = limiter.retryAfter(message.chatId, result.seconds, now);
        await record(() => store.outbox.markPending(ids, `429 retry after ${result.seconds}s`, false, now), ids);
        logger.warn({ ...log, retryAfter: result.seconds, pausedAll }, "Telegram asked to slow down");
        return;
      }
      case "transient": {
        const attempts = message.attempts + 1;
        if (attempts >= settings.maxAttempts) {
          await record(() => store.outbox.markFailed(ids, result.detail, now), ids);
          logger.error({ ...log, attempts, detail: result.detail }, "message given up after retries");
        } else {
          limiter.hold(message.chatId, now + backoff(attempts));
          await record(() => store.outbox.markPending(ids, result.detail, true, now), ids);
          logger.warn({ ...log, attempts, detail: result.detail }, "send failed, will retry");
        }
        return;
      }
      case "rejected":
        await record(() => store.outbox.markFailed(ids, result.detail, now), ids);
        logger.error({ ...log, detail: result.detail }, "message refused by Telegram");
        return;
      case "blocked":
        await record(
          () =>
            store.transaction(async (tx) => {
              await tx.outbox.markFailed(ids, result.detail, now);
              await tx.subscribers.deactivate(message.chatId);
            }),
          ids,
        );
        logger.info({ ...log, detail: result.detail }, "reader gone: subscriber deactivated");
        return;
      case "migrated":
        await record(
          () =>
            store.transaction(async (tx) => {
              await tx.subscribers.migrate(message.chatId, result.toChatId);
              await tx.outbox.markPending(ids, `migrated to ${result.toChatId}`, false, now);
            }),
          ids,
        );
        logger.info({ ...log, toChatId: result.toChatId }, "group migrated: subscription moved");
        return;
    }
  };

  /**
   * Sends a claimed message (its rows are `sending`). `dueAt`: when the loop meant to wake for this send, if it
   * slept for the pace (see the limiter's begin).
   */
  const launch = (queued: QueuedMessage, dueAt?: number): void => {
    const now = deps.now();
    limiter.begin(queued.chatId, now, dueAt);
    const { chatId, threadId, text, buttons } = queued;
    // Through a promise even if the port throws before its first await, so the rows are always settled.
    const task = Promise.resolve()
      .then(() => deps.send({ chatId, threadId, text, buttons }))
      .catch((error: unknown): SendResult => ({ kind: "transient", detail: String(error) }))
      .then((result) => settle(queued, result))
      .catch((error: unknown) => logger.error({ outboxIds: queued.rowIds, err: String(error) }, "recording a send failed"))
      .finally(() => {
        inFlight.delete(task);
        if (longSleep) wake();
      });
    inFlight.add(task);
  };

  /** The next step; a message it returns is claimed (its rows are `sending`) and must be launched. */
  const pick = async (now: number): Promise<Step> => {
    if (inFlight.size >= settings.maxInFlight) return { kind: "wait", ms: null };
    const globalWait = limiter.globalWait(now);
    if (globalWait > 0) return { kind: "wait", ms: (await store.outbox.hasPending()) ? globalWait : null };
    const message = await nextMessage(store.outbox, now, limiter.blockedChats(now), settings.maxItemsPerMessage, deps.textsOf);
    if (message) return { kind: "send", message };
    if (!(await store.outbox.hasPending())) return { kind: "wait", ms: null };
    const times = [await store.outbox.nextDueAfter(now), limiter.nextChatReadyAt(now)].filter((t): t is number => t !== null);
    return { kind: "wait", ms: times.length > 0 ? Math.max(1, Math.min(...times) - now) : null };
  };

  const pruneIfDue = async (now: number): Promise<void> => {
    if (now - lastPruneAt < settings.pruneEveryMs) return;
    lastPruneAt = now;
    const pruned = await store.outbox.prune(now - settings.outboxRetentionMs);
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
    /** The time the last timed rest was to end: sends started on waking from it were due then. */
    let wakeAt: number | undefined;
    /** Loop failures in a row (the database gone): the loop backs off, and takes nothing meanwhile. */
    let failures = 0;
    await recoverInFlight().catch((error: unknown) => logger.error({ err: String(error) }, "requeueing the messages in flight failed"));
    while (running) {
      try {
        await pruneIfDue(deps.now());
        const step = await pick(deps.now());
        failures = 0;
        if (step.kind === "send") {
          launch(step.message, wakeAt);
          continue;
        }
        // Full or idle (ms null): an answer or a new row ends the wait, else the periodic check does.
        wakeAt = step.ms === null ? undefined : deps.now() + step.ms;
        await rest(step.ms ?? settings.idleCheckMs);
      } catch (error) {
        failures++;
        const waitMs = Math.min(backoff(failures), settings.idleCheckMs * 6);
        logger.error({ err: String(error), failures, retryInMs: waitMs }, "sender loop failed; retrying");
        await sleep(waitMs, stopping.signal);
      }
    }
  };

  /**
   * A message in flight at a crash may have reached its chat a moment before: its chat waits a chat's interval before
   * it goes again, as a restart that takes under a second would otherwise draw a 429.
   */
  const recoverInFlight = async (): Promise<number> => {
    const now = deps.now();
    const chats = await store.outbox.requeueInFlight(now);
    for (const chatId of chats) limiter.hold(chatId, now + settings.perChatIntervalMs);
    if (chats.length > 0) logger.warn({ chats: chats.length }, "messages in flight at the last stop will be sent again");
    return chats.length;
  };

  return {
    start() {
      if (running) return;
      running = true;
      stopping = new AbortController();
      loop = run();
    },
    async stop() {
      running = false;
      stopping.abort();
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
        const step = await pick(deps.now());
        if (step.kind === "send") {
          launch(step.message);
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
