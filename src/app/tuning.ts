import type { LaunchTimings } from "../bot/launch-bot.js";
import type { DeliveryDefaults } from "../delivery/defaults.js";
import type { PageFetchSettings } from "../sources/defaults.js";

/** Timings a test or a benchmark can change; each part's defaults hold otherwise. */
export interface ServiceTuning {
  /** Delivery's limits and intervals, such as how often digests are looked for. */
  delivery?: Partial<DeliveryDefaults>;
  /** The corpus folder's rescan interval, event debounce and the age a new file must reach. */
  corpusWatch?: { intervalMs?: number; debounceMs?: number; settleMs?: number };
  /** How the sender and the 429 windows wait; a test whose clock jumps ends the wait at the jump. */
  sleep?: (ms: number, signal: AbortSignal) => Promise<void>;
  /** Long polling's timeout and watchdog, its backoff, and the stop's waits. */
  telegram?: Partial<LaunchTimings>;
  /** The article page fetcher's limits and spacing. */
  pages?: Partial<PageFetchSettings>;
  /** On PostgreSQL: how often a standby tries for the lead, and how often the leader checks its connection. */
  leadership?: { retryMs?: number; heartbeatMs?: number; heartbeatTimeoutMs?: number };
}
