import type pg from "pg";
import type { Logger } from "../log/logger.js";
import { queryWithin, watchConnection } from "./connection-watch.js";
import { connectionError, safeMessage } from "./database-url.js";

/** What changed in the shared corpus: the folder's pages (in corpus_pages), or the feeds' stories (in the store). */
export type CorpusChange = "files" | "feeds";

export const CORPUS_CHANGES: readonly CorpusChange[] = ["files", "feeds"];

export interface CorpusListenerOptions {
  pool: pg.Pool;
  /** Checked to be an SQL identifier by the caller: LISTEN takes no parameter. */
  channel: string;
  logger: Logger;
  /** The URL the pool was made from, if any: its password is kept out of errors. */
  url?: string;
  retryMs: number;
  heartbeatMs: number;
  timeoutMs: number;
}

/**
 * Listens on a connection of its own, taken from the pool and never given back to it (a pooled connection that
 * still LISTENs would hear notices for no one). A notice is only heard while the connection lives, so a lost one
 * is replaced, and once it is, both kinds of change are reported: some may have been missed meanwhile.
 */
class CorpusListener {
  private stopped = false;
  private client: pg.PoolClient | null = null;
  private unwatch: (() => void) | null = null;
  private timer: NodeJS.Timeout | undefined;
  /** While the database stays away, each retry fails again: the first failure is a warning, the rest debug lines. */
  private failing = false;

  constructor(
    private readonly options: CorpusListenerOptions,
    private readonly onChange: (what: CorpusChange) => void,
  ) {}

  async connect(): Promise<void> {
    const fresh = await this.options.pool.connect();
    fresh.on("notification", (notice) => this.heard(notice));
    try {
      await queryWithin(fresh, this.options.timeoutMs, `LISTEN ${this.options.channel}`);
    } catch (error) {
      fresh.release(true);
      throw error;
    }
    if (this.stopped) return fresh.release(true);
    this.client = fresh;
    const { heartbeatMs, timeoutMs } = this.options;
    this.unwatch = watchConnection(fresh, { heartbeatMs, timeoutMs, onLost: (error) => this.lose(fresh, error) });
  }

  stop(): void {
    this.stopped = true;
    clearTimeout(this.timer);
    this.timer = undefined;
    this.drop()?.release(true);
  }

  private heard(notice: pg.Notification) {
    const what = CORPUS_CHANGES.find((change) => change === notice.payload);
    if (notice.channel === this.options.channel && what) this.report(what);
  }

  private report(what: CorpusChange) {
    try {
      this.onChange(what);
    } catch (error) {
      this.options.logger.error({ err: safeMessage(error), what }, "a corpus change listener failed");
    }
  }

  private drop(): pg.PoolClient | null {
    const client = this.client;
    this.unwatch?.();
    this.unwatch = null;
    this.client = null;
    return client;
  }

  private lose(lost: pg.PoolClient, error: Error) {
    if (lost !== this.client) return;
    this.drop();
    lost.release(true);
    const { logger, url, channel } = this.options;
    logger.warn({ err: safeMessage(error, url), channel }, "lost the connection that listens for corpus changes: reconnecting");
    this.retryLater();
  }

  private retryLater() {
    if (this.stopped || this.timer) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.connect().then(
        () => this.reconnected(),
        (error: Error) => {
          const { logger, url, channel } = this.options;
          logger[this.failing ? "debug" : "warn"]({ err: safeMessage(error, url), channel }, "could not listen for corpus changes: retrying");
          this.failing = true;
          this.retryLater();
        },
      );
    }, this.options.retryMs);
  }

  private reconnected() {
    if (this.stopped) return;
    this.failing = false;
    this.options.logger.info({ channel: this.options.channel }, "listening for corpus changes again");
    for (const what of CORPUS_CHANGES) this.report(what);
  }
}

/** Resolves, once LISTEN is in force, to the function that stops listening; fails if it cannot listen at all. */
export async function listenForCorpus(options: CorpusListenerOptions, onChange: (what: CorpusChange) => void): Promise<() => Promise<void>> {
  const listener = new CorpusListener(options, onChange);
  try {
    await listener.connect();
  } catch (error) {
    throw connectionError("could not listen for corpus changes", error, options.url);
  }
  return async () => listener.stop();
}
