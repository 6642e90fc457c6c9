/** Delivery's defaults, in one place: Telegram's limits, retries, digests. */
export const DELIVERY_DEFAULTS = Object.freeze({
  /** Messages a second overall (DELIVERY_RATE); Telegram refuses more than about 30. */
  ratePerSecond: 25,
  /**
   * Telegram's own cap, about 30 messages a second, enforced on arrival whatever the configured rate: it
   * absorbs the bunching of slow answers.
   */
  telegramPerSecond: 30,
  /** The same cap with Telegram's paid broadcasts (allow_paid_broadcast, PAID_BROADCAST=true). */
  paidTelegramPerSecond: 1000,
  /** Telegram's limit for one chat: one message a second. */
  perChatIntervalMs: 1000,
  /** Telegram's limit for one group: 20 messages a minute. */
  perGroupPerMinute: 20,
  groupWindowMs: 60_000,
  /**
   * After a stall (a slow answer, a GC pause), the overall pace may catch up this many intervals in a quick
   * burst; the hard count per second still caps every one-second window at the rate.
   */
  catchUpIntervals: 5,
  /**
   * Sends awaiting Telegram's answer at once: enough for the rate at 400 ms answers (25/s x 0.4 s), and the
   * most a crash can duplicate.
   */
  maxInFlight: 10,
  /**
   * At a higher rate (paid broadcasts) the sends in flight grow to cover this long an answer at the rate, so that
   * 400 ms answers do not cap 1,000 a second at 25.
   */
  inFlightAnswerMs: 400,
  /**
   * Items listed in one message of a reader's waiting pushes, each with its own Explain button: a burst up to the
   * default PUSH_BURST_MAX fits one message, and the keyboard stays two rows on a phone.
   */
  maxItemsPerMessage: 10,
  /** PUSH_BURST_MAX: items pushed to one chat from one ingest; the rest are offered in one "N more" line. */
  pushBurstMax: 10,
  /** Explain buttons a row, in a message that lists several items. */
  buttonsPerRow: 5,
  /** 5xx and network errors: first retry after this, doubling, capped. */
  backoffBaseMs: 2000,
  backoffCapMs: 10 * 60_000,
  /** Failed tries before a message is given up as failed. */
  maxAttempts: 8,
  /** 429s from this many chats within the window pause all sending, not just those chats. */
  globalPauseChats: 3,
  globalPauseWindowMs: 2000,
  /** The sender checks the outbox at least this often when idle, in case a queue was not announced. */
  idleCheckMs: 5000,
  /** Digests: how often the scheduler looks for readers whose hour has come. */
  digestCheckMs: 30_000,
  /** Headlines in one digest at most, newest kept. */
  digestMaxItems: 120,
  /** Sent and failed rows are kept this long for /stats, then pruned (checked this often). */
  outboxRetentionMs: 7 * 24 * 60 * 60_000,
  pruneEveryMs: 60 * 60_000,
});

/** The settings a sender or scheduler can be given instead of the defaults. */
export type DeliveryDefaults = { [K in keyof typeof DELIVERY_DEFAULTS]: number };
