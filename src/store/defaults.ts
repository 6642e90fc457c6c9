/** The store's defaults, in one place. */
export const STORE_DEFAULTS = Object.freeze({
  /** The database file inside DATA_DIR. */
  fileName: "newsdesk.sqlite",
  /** The single-instance lock inside DATA_DIR (see instance-lock.ts), and who holds it. */
  lockFileName: "newsdesk.lock",
  holderFileName: "newsdesk.lock.json",
  /** How long a write waits for another connection's lock before failing. */
  busyTimeoutMs: 5000,
  /**
   * NORMAL in WAL mode survives a killed process (kill -9) fully; a power cut may roll back the last
   * moments, which re-sends or re-ingests them but never loses a queued message for good.
   */
  synchronous: "NORMAL",
  /** A new subscriber's digest hour: 08:00 local time. */
  digestMinutes: 8 * 60,
});
