import type pg from "pg";
import type { Corpus } from "../corpus/types.js";
import { inTransaction, type PgSession } from "../store/postgres/session.js";
import { corpusRows, isPageKey, type CorpusRow, type RowCache } from "./corpus-rows.js";

export interface PublishSettings {
  channel: string;
  now: () => number;
  /** The rows are sent in statements of about this many bytes of text. */
  batchBytes: number;
  /** The rows of the page objects published before. */
  rows?: RowCache;
}

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

/** Within a transaction: makes corpus_pages hold the corpus, writing the rows whose hash changed and deleting the rest. */
async function writeChanges(session: PgSession, rows: readonly CorpusRow[], settings: PublishSettings) {
  const stored = new Map((await session.rows<{ key: string; hash: string }>("SELECT key, hash FROM corpus_pages")).map((row) => [row.key, row.hash]));
  const changed = rows.filter((row) => stored.get(row.key) !== row.hash);
  const kept = new Set(rows.map((row) => row.key));
  const gone = [...stored.keys()].filter((key) => !kept.has(key));
  const at = settings.now();
  for (const batch of inBatches(changed, settings.batchBytes)) {
    await session.run(UPSERT, [batch.map((row) => row.key), batch.map((row) => row.body), batch.map((row) => row.hash), at]);
  }
  if (gone.length > 0) await session.run("DELETE FROM corpus_pages WHERE key = ANY($1::text[])", [gone]);
  return { changed: changed.map((row) => row.key), gone };
}

/**
 * Publishes the folder's corpus in one transaction (the store's: a connection lost midway fails it, not the
 * process), and notifies the channel in it when anything changed: PostgreSQL delivers the notice at commit and
 * drops it with a rollback, so a listener hears only of pages it can load. Counts the pages written and removed
 * (the order row aside).
 */
export async function publishFiles(pool: pg.Pool, corpus: Corpus, settings: PublishSettings): Promise<{ written: number; removed: number }> {
  const rows = corpusRows(corpus, settings.rows);
  return inTransaction(pool, async (session) => {
    // One publisher at a time (a leader stepping down and the next one): each compares with what the other wrote.
    // Readers are not blocked: this mode lets SELECT through.
    await session.run("LOCK TABLE corpus_pages IN SHARE ROW EXCLUSIVE MODE");
    const { changed, gone } = await writeChanges(session, rows, settings);
    if (changed.length > 0 || gone.length > 0) await session.run("SELECT pg_notify($1, 'files')", [settings.channel]);
    return { written: changed.filter(isPageKey).length, removed: gone.filter(isPageKey).length };
  });
}
