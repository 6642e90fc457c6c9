/** Every tuning value of the bot, in one place. */
export const BOT_DEFAULTS = Object.freeze({
  /** Answers kept per question for `More answers`. */
  answersPerQuestion: 10,
  /** Questions a bot keeps in memory for its buttons; older questions' buttons then say the list has changed. */
  answerListsCapacity: 2000,
  latestPageSize: 10,
  articlesPageSize: 8,
  sectionsPageSize: 10,
  /** Telegram shows at most 50 inline results per answer. */
  inlinePageSize: 20,
  inlineMaxResults: 50,
  inlineCacheSeconds: 10,
  inlineDescriptionLength: 200,
  /** More than `floodLimit` questions from one chat within `floodWindowMs` gets one "slow down", then silence. */
  floodLimit: 10,
  floodWindowMs: 30_000,
  /** A question is a sentence or two; longer messages get a polite "too long". */
  maxQuestionLength: 1000,
  /** Keeps an answer far below Telegram's 4,096 characters, whatever its heading and title. */
  excerptMaxLength: 2500,
  headingMaxLength: 300,
  /** A /latest page holds 10 headlines; these keep the page under 4,096 whatever a feed sends. */
  latestTitleLength: 200,
  labelMaxLength: 40,
  /** Telegram draws long button captions cut; a clean cut reads better. */
  buttonTextLength: 60,
  /** How much of the question a "nothing found" reply repeats. */
  echoMaxLength: 80,
  /** Telegram's limit on a callback answer's alert, in UTF-16 units. */
  alertMaxLength: 200,
  /** getUpdates' long-poll timeout; Telegram answers within it even when nothing is new. */
  pollTimeoutSeconds: 30,
  /** A getUpdates answer this much later than its long-poll timeout is abandoned and the poll made again. */
  pollOverdueMs: 60_000,
  /** Waits between polls after consecutive faults (5xx, dropped sockets, bad JSON) double from first to max. */
  pollBackoffFirstMs: 1000,
  pollBackoffMaxMs: 30_000,
  /** Updates being handled at once; polling takes no more until one is done. */
  maxUpdatesInHand: 200,
  /** At stop, the updates in hand get this long to finish; what is left is logged and dropped. */
  stopDrainMs: 5000,
  /** At stop, telling Telegram which updates were taken gets this long. */
  offsetConfirmTimeoutMs: 2000,
  /** Telegram's updates are a few KB; a bigger webhook body is refused with 413 before it is read. */
  webhookMaxBodyBytes: 1024 * 1024,
  /** A reply waits up to this long for a 429 window to end (and is then tried once more); a longer one drops it. */
  replyMaxWaitMs: 5000,
});
