/** The emulator's defaults in one place. */
export const EMULATOR_DEFAULTS = Object.freeze({
  /** Accepted unless another is given; shaped like a @BotFather token so config validation takes it. */
  token: "7000000001:newsdesk-emulator-test-token-0001",
  botFirstName: "Newsdesk",
  botUsername: "newsdesk_bot",
  firstUserId: 1001,
  firstGroupNumber: 1,
  firstUpdateId: 1,
  firstQueryId: 4_000_001,
  languageCode: "en",
  /** waitForCall, waitForMessages and idle give up after this long. */
  waitTimeoutMs: 5000,
  /** idle() needs this long with no call in flight or arriving. */
  quietMs: 100,
  /** A webhook POST that failed is tried again after this long. */
  webhookRetryMs: 1000,
});
