/** The defaults of leadership among instances and of the shared corpus, in one place. */
export const INSTANCE_DEFAULTS = Object.freeze({
  /**
   * The advisory lock's key: the ASCII of "newsdesk" read as a 64-bit number, so that another application on the
   * same database is unlikely to pick it.
   */
  lockKey: 0x6e6577736465736bn,
  /** How often a standby asks for the lock again. */
  retryMs: 2_000,
  /** How often the leader checks that its lock's connection is alive. */
  heartbeatMs: 3_000,
  /** A check that takes longer counts as a lost connection: the leader steps down rather than risk a second leader. */
  heartbeatTimeoutMs: 2_000,
  /** How long a connection may take to open. */
  connectTimeoutMs: 5_000,
  /**
   * The server's TCP keepalives on the lock's connection, in seconds: a leader whose machine died (no FIN sent) is
   * found dead after about idle + interval × count = 11 s, so a standby takes over within 15 s. A living but
   * partitioned leader has stepped down before that (heartbeatMs + heartbeatTimeoutMs = 5 s).
   */
  serverKeepalive: { idle: 5, interval: 2, count: 3 },
  /** The channel of the shared corpus's notices (an SQL identifier: LISTEN takes no parameter). */
  corpusChannel: "newsdesk_corpus",
  /** A publication's rows are sent in statements of about this many bytes of page text. */
  publishBatchBytes: 8 * 1024 * 1024,
});
