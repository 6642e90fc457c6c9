import pg from "pg";
import type { Corpus } from "../corpus/types.js";
import type { Logger } from "../log/logger.js";
import { listenForCorpus, type CorpusChange } from "./corpus-listener.js";
import { corpusFromRows, type RowCache } from "./corpus-rows.js";
import { safeMessage } from "./database-url.js";
import { INSTANCE_DEFAULTS } from "./defaults.js";
import { publishFiles } from "./publish-files.js";

/** The table the shared corpus lives in: the PostgreSQL migrations must create exactly this. */
export const CORPUS_PAGES_DDL = "CREATE TABLE corpus_pages (key TEXT PRIMARY KEY, body TEXT NOT NULL, hash TEXT NOT NULL, updated_at BIGINT NOT NULL);";

/** The corpus every instance answers from: the leader publishes the folder's pages, every instance loads them. */
export interface SharedCorpus {
  /** Makes the table hold this corpus of the folder's pages, and tells every listener once it is committed. */
  publishFiles(corpus: Corpus): Promise<{ written: number; removed: number }>;
  /** The folder's corpus as last published, in its order. */
  loadFiles(): Promise<Corpus>;
  /** Tells every listener that the feeds' stories changed (they live in the store, which every instance reads). */
  announceFeeds(): Promise<void>;
  /** Hears of changes until the returned function is called; resolves once it hears. */
  listen(onChange: (what: CorpusChange) => void): Promise<() => Promise<void>>;
  /** Stops every listener, and ends the pool if this made it. */
  close(): Promise<void>;
}

export type SharedCorpusOptions = ({ pool: pg.Pool; url?: undefined } | { url: string; pool?: undefined }) & {
  logger: Logger;
  channel?: string;
  now?: () => number;
  retryMs?: number;
  heartbeatMs?: number;
  heartbeatTimeoutMs?: number;
  publishBatchBytes?: number;
};

const IDENTIFIER = /^[a-z_][a-z0-9_]{0,62}$/;

function ownPool(url: string, logger: Logger): pg.Pool {
  const pool = new pg.Pool({ connectionString: url, keepAlive: true, connectionTimeoutMillis: INSTANCE_DEFAULTS.connectTimeoutMs });
  // An idle pooled connection that dies emits on the pool; without a handler the process would end.
  pool.on("error", (error) => logger.warn({ err: safeMessage(error, url) }, "an idle connection of the shared corpus failed"));
  return pool;
}

export function createSharedCorpus(options: SharedCorpusOptions): SharedCorpus {
  const channel = options.channel ?? INSTANCE_DEFAULTS.corpusChannel;
  if (!IDENTIFIER.test(channel)) throw new Error(`the shared corpus's channel must be a lower-case SQL identifier: got ${JSON.stringify(channel)}`);
  const { logger, url } = options;
  const pool = options.pool ?? ownPool(options.url, logger);
  const publish = {
    channel,
    now: options.now ?? Date.now,
    batchBytes: options.publishBatchBytes ?? INSTANCE_DEFAULTS.publishBatchBytes,
    rows: new WeakMap() satisfies RowCache,
  };
  const listening = {
    pool,
    channel,
    logger,
    url,
    retryMs: options.retryMs ?? INSTANCE_DEFAULTS.retryMs,
    heartbeatMs: options.heartbeatMs ?? INSTANCE_DEFAULTS.heartbeatMs,
    timeoutMs: options.heartbeatTimeoutMs ?? INSTANCE_DEFAULTS.heartbeatTimeoutMs,
  };
  const listeners = new Set<() => Promise<void>>();
  return {
    publishFiles: (corpus) => publishFiles(pool, corpus, publish),
    async loadFiles() {
      const { rows } = await pool.query<{ key: string; body: string }>("SELECT key, body FROM corpus_pages");
      return corpusFromRows(rows);
    },
    async announceFeeds() {
      await pool.query("SELECT pg_notify($1, 'feeds')", [channel]);
    },
    async listen(onChange) {
      const stop = await listenForCorpus(listening, onChange);
      const entry = async () => {
        listeners.delete(entry);
        await stop();
      };
      listeners.add(entry);
      return entry;
    },
    async close() {
      await Promise.all([...listeners].map((stop) => stop()));
      if (!options.pool) await pool.end();
    },
  };
}

export type { CorpusChange } from "./corpus-listener.js";
