/** Every tuning value of the subscription features, in one place. */
export const SUBSCRIPTION_DEFAULTS = Object.freeze({
  /** The zones offered as buttons by /timezone and the settings; any other IANA name can be typed. */
  commonZones: Object.freeze([
    "Asia/Baku",
    "Asia/Tbilisi",
    "Asia/Yerevan",
    "Europe/Istanbul",
    "Europe/Moscow",
    "Europe/Kyiv",
    "Europe/Berlin",
    "Europe/London",
    "America/New_York",
    "UTC",
  ]),
  /** Quiet hours offered as buttons, in minutes after midnight. */
  quietPresets: Object.freeze([
    Object.freeze({ start: 22 * 60, end: 7 * 60 }),
    Object.freeze({ start: 23 * 60, end: 7 * 60 }),
    Object.freeze({ start: 0, end: 8 * 60 }),
  ]),
  /** A send Telegram does not answer within this is retried (the message may then come twice). */
  sendTimeoutMs: 30_000,
});
