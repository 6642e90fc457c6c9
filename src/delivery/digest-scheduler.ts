import type { Logger } from "../log/logger.js";
import type { Subscriber } from "../core/subscribers.js";
import type { OutboxDraft, Store } from "../store/types.js";
import { composeDigest } from "./compose-digest.js";
import { DELIVERY_DEFAULTS } from "./defaults.js";
import type { DeliveryTextsOf } from "./texts.js";
import { formatClockTime, isoDate, localParts, zonedTime } from "../time/zoned-time.js";

export interface DigestScheduler {
  /** Queues the digests due at now(); returns how many readers got one. */
  runOnce(): Promise<number>;
  start(): void;
  stop(): Promise<void>;
}

/** Today's digest instant in the reader's zone: DST moves it in UTC, never on the reader's clock. */
function digestDueAt(subscriber: Subscriber, now: number): number {
  return zonedTime(localParts(now, subscriber.timezone), subscriber.digestMinutes, subscriber.timezone);
}

/**
 * Finds daily readers whose local digest time has passed today and whose last digest is older, and in one
 * transaction per reader queues the digest and moves their last-digest time: after a crash or restart a
 * digest is either fully queued and recorded or not at all, so none is sent twice or skipped.
 * A reader with nothing new gets no message, and their window still moves on.
 */
export function createDigestScheduler(deps: {
  store: Store;
  /** Each chat's texts, in the language kept for it. */
  textsOf: DeliveryTextsOf;
  now: () => number;
  logger: Logger;
  onQueued?: () => void;
  maxItems?: number;
  checkEveryMs?: number;
}): DigestScheduler {
  const { store, logger } = deps;
  const maxItems = deps.maxItems ?? DELIVERY_DEFAULTS.digestMaxItems;
  let timer: NodeJS.Timeout | null = null;

  const runFor = async (subscriber: Subscriber, now: number): Promise<boolean> => {
    const since = subscriber.lastDigestAt;
    if (since === null) {
      await store.subscribers.setLastDigest(subscriber.chatId, now);
      return false;
    }
    const dueAt = digestDueAt(subscriber, now);
    if (now < dueAt || since >= dueAt) return false;
    return store.transaction(async (tx) => {
      const items = await tx.items.listSeenBetween(since, now, maxItems);
      const messages = composeDigest(items, { timezone: subscriber.timezone, at: now, texts: deps.textsOf(subscriber.chatId) });
      // The subject names the day and hour, so that a reader who moves their hour still gets that day's second digest.
      const hour = formatClockTime(subscriber.digestMinutes);
      const day = `${isoDate(localParts(now, subscriber.timezone))}T${hour}`;
      const drafts: OutboxDraft[] = messages.map((text, index) => ({
        chatId: subscriber.chatId,
        threadId: subscriber.threadId,
        purpose: "digest",
        subject: `${day}#${index + 1}`,
        itemId: null,
        text,
        buttons: [],
        notBefore: now,
      }));
      await tx.outbox.enqueue(drafts);
      await tx.subscribers.setLastDigest(subscriber.chatId, now);
      return drafts.length > 0;
    });
  };

  const runOnce = async (): Promise<number> => {
    const now = deps.now();
    let queued = 0;
    for (const subscriber of await store.subscribers.listDaily()) {
      try {
        if (await runFor(subscriber, now)) queued++;
      } catch (error) {
        logger.error({ chatId: subscriber.chatId, err: String(error) }, "digest failed");
      }
    }
    if (queued > 0) {
      logger.info({ digests: queued }, "digests queued");
      deps.onQueued?.();
    }
    return queued;
  };

  // A check still running (a slow database) is not overlapped by the next one; a failed one is logged and retried.
  let running: Promise<unknown> | null = null;
  const tick = () => {
    running ??= runOnce()
      .catch((error: unknown) => logger.error({ err: String(error) }, "digest check failed"))
      .finally(() => (running = null));
  };

  return {
    runOnce,
    start() {
      if (timer) return;
      tick();
      timer = setInterval(tick, deps.checkEveryMs ?? DELIVERY_DEFAULTS.digestCheckMs);
    },
    async stop() {
      if (timer) clearInterval(timer);
      timer = null;
      await running;
    },
  };
}
