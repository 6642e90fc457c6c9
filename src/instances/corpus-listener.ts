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
 * is replaced, and once it is, both kinds of change are reported: some may have been missed meanwhile. Resolves,
 * once LISTEN is in force, to the function that stops listening.
 */
export async function listenForCorpus(options: CorpusListenerOptions, onChange: (what: CorpusChange) => void): Promise<() => Promise<void>> {
  const { pool, channel, logger } = options;
  let stopped = false;
  let client: pg.PoolClient | null = null;
  let unwatch: (() => void) | null = null;
  let timer: NodeJS.Timeout | undefined;
  let failing = false;

  const report = (what: CorpusChange) => {
    try {
      onChange(what);
    } catch (error) {
      logger.error({ err: safeMessage(error), what }, "a corpus change listener failed");
    }
  };
  const onNotice = (notice: pg.Notification) => {
    const what = CORPUS_CHANGES.find((change) => change === notice.payload);
    if (notice.channel === channel && what) report(what);
  };

  async function connect(): Promise<void> {
    const fresh = await pool.connect();
    fresh.on("notification", onNotice);
    try {
      await queryWithin(fresh, options.timeoutMs, `LISTEN ${channel}`);
    } catch (error) {
      fresh.release(true);
      throw error;
    }
    if (stopped) return fresh.release(true);
    client = fresh;
    unwatch = watchConnection(fresh, { heartbeatMs: options.heartbeatMs, timeoutMs: options.timeoutMs, onLost: (error) => lose(fresh, error) });
  }

  function lose(lost: pg.PoolClient, error: Error) {
    if (lost !== client) return;
    unwatch?.();
    unwatch = null;
    client = null;
    lost.release(true);
    logger.warn({ err: safeMessage(error, options.url), channel }, "lost the connection that listens for corpus changes: reconnecting");
    schedule();
  }

  function schedule() {
    if (stopped || timer) return;
    timer = setTimeout(() => {
      timer = undefined;
      connect().then(
        () => {
          if (stopped) return;
          failing = false;
          logger.info({ channel }, "listening for corpus changes again");
          for (const what of CORPUS_CHANGES) report(what);
        },
        (error: Error) => {
          logger[failing ? "debug" : "warn"]({ err: safeMessage(error, options.url), channel }, "could not listen for corpus changes: retrying");
          failing = true;
          schedule();
        },
      );
    }, options.retryMs);
  }

  try {
    await connect();
  } catch (error) {
    throw connectionError("could not listen for corpus changes", error, options.url);
  }
  return async () => {
    stopped = true;
    clearTimeout(timer);
    timer = undefined;
    unwatch?.();
    unwatch = null;
    client?.release(true);
    client = null;
  };
}
