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
});
