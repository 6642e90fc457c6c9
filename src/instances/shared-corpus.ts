import pg from "pg";
import type { Corpus } from "../corpus/types.js";
import type { Logger } from "../log/logger.js";
import { listenForCorpus, type CorpusChange } from "./corpus-listener.js";
import { corpusFromRows, corpusRows, isPageKey, type CorpusRow } from "./corpus-rows.js";
import { safeMessage } from "./database-url.js";
import { INSTANCE_DEFAULTS } from "./defaults.js";

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

const UPSERT = `
  INSERT INTO corpus_pages (key, body, hash, updated_at)
  SELECT key, body, hash, $4::bigint FROM unnest($1::text[], $2::text[], $3::text[]) AS page(key, body, hash)
  ON CONFLICT (key) DO UPDATE SET body = EXCLUDED.body, hash = EXCLUDED.hash, updated_at = EXCLUDED.updated_at`;

/** Rows in statements of about `maxBytes` of text each: a large corpus in one statement would be one huge message. */
function inBatches(rows: readonly CorpusRow[], maxBytes: number): CorpusRow[][] {
  const batches: CorpusRow[][] = [];
  let batch: CorpusRow[] = [];
  let bytes = 0;
  for (const row of rows) {
    if (batch.length > 0 && bytes + row.body.length > maxBytes) {
      batches.push(batch);
      batch = [];
      bytes = 0;
    }
    batch.push(row);
    bytes += row.body.length;
  }
  if (batch.length > 0) batches.push(batch);
  return batches;
}

export function createSharedCorpus(options: SharedCorpusOptions): SharedCorpus {
  const channel = options.channel ?? INSTANCE_DEFAULTS.corpusChannel;
  if (!IDENTIFIER.test(channel)) throw new Error(`the shared corpus's channel must be a lower-case SQL identifier: got ${JSON.stringify(channel)}`);
  const { logger, url } = options;
  const now = options.now ?? Date.now;
  const ownPool = options.pool === undefined;
  const pool = options.pool ?? new pg.Pool({ connectionString: url, keepAlive: true, connectionTimeoutMillis: INSTANCE_DEFAULTS.connectTimeoutMs });
  // An idle pooled connection that dies emits on the pool; without a handler the process would end.
  if (ownPool) pool.on("error", (error) => logger.warn({ err: safeMessage(error, url) }, "an idle connection of the shared corpus failed"));
  const listeners = new Set<() => Promise<void>>();

  async function publishFiles(corpus: Corpus): Promise<{ written: number; removed: number }> {
    const rows = corpusRows(corpus);
    const client = await pool.connect();
    let broken = false;
    try {
      await client.query("BEGIN");
      // One publisher at a time (a leader stepping down and the next one): each compares with what the other wrote.
      // Readers are not blocked: this mode lets SELECT through.
      await client.query("LOCK TABLE corpus_pages IN SHARE ROW EXCLUSIVE MODE");
      const stored = new Map((await client.query<{ key: string; hash: string }>("SELECT key, hash FROM corpus_pages")).rows.map((row) => [row.key, row.hash]));
      const changed = rows.filter((row) => stored.get(row.key) !== row.hash);
      const kept = new Set(rows.map((row) => row.key));
      const gone = [...stored.keys()].filter((key) => !kept.has(key));
      const at = now();
      for (const batch of inBatches(changed, options.publishBatchBytes ?? INSTANCE_DEFAULTS.publishBatchBytes)) {
        await client.query(UPSERT, [batch.map((row) => row.key), batch.map((row) => row.body), batch.map((row) => row.hash), at]);
      }
      if (gone.length > 0) await client.query("DELETE FROM corpus_pages WHERE key = ANY($1::text[])", [gone]);
      // Inside the transaction: PostgreSQL delivers the notice at commit, and drops it with a rollback.
      if (changed.length > 0 || gone.length > 0) await client.query("SELECT pg_notify($1, 'files')", [channel]);
      await client.query("COMMIT");
      return { written: changed.filter((row) => isPageKey(row.key)).length, removed: gone.filter(isPageKey).length };
    } catch (error) {
      await client.query("ROLLBACK").catch(() => (broken = true));
      throw error;
    } finally {
      client.release(broken);
    }
  }

  return {
    publishFiles,
    async loadFiles() {
      const { rows } = await pool.query<{ key: string; body: string }>("SELECT key, body FROM corpus_pages");
      return corpusFromRows(rows);
    },
    async announceFeeds() {
      await pool.query("SELECT pg_notify($1, 'feeds')", [channel]);
    },
    async listen(onChange) {
      const stop = await listenForCorpus(
        {
          pool,
          channel,
          logger,
          url,
          retryMs: options.retryMs ?? INSTANCE_DEFAULTS.retryMs,
          heartbeatMs: options.heartbeatMs ?? INSTANCE_DEFAULTS.heartbeatMs,
          timeoutMs: options.heartbeatTimeoutMs ?? INSTANCE_DEFAULTS.heartbeatTimeoutMs,
        },
        onChange,
      );
      const entry = async () => {
        listeners.delete(entry);
        await stop();
      };
      listeners.add(entry);
      return entry;
    },
    async close() {
      await Promise.all([...listeners].map((stop) => stop()));
      if (ownPool) await pool.end();
    },
  };
}

export type { CorpusChange } from "./corpus-listener.js";
