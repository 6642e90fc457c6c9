import { sourceStateFrom, sourceStatsFrom, type SourceColumns } from "../rows/source-row.js";
import type { SourceStats, SourceStore } from "../types.js";
import type { PgSession } from "./session.js";

export function createPostgresSources(db: PgSession): SourceStore & { list(): Promise<SourceStats[]> } {
  return {
    getState: async (source) => {
      const [row] = await db.rows<SourceColumns>("SELECT * FROM sources WHERE name = $1", [source]);
      return row ? sourceStateFrom(row) : null;
    },
    // Saving state never touches primed_at: a poller that saves before its first ingest must not lose the no-flood rule.
    saveState: async (source, state) =>
      void (await db.run(
        `INSERT INTO sources (name, etag, last_modified, last_poll_at, last_success_at, last_error, failures, next_poll_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
         ON CONFLICT (name) DO UPDATE SET etag = excluded.etag, last_modified = excluded.last_modified,
           last_poll_at = excluded.last_poll_at, last_success_at = excluded.last_success_at,
           last_error = excluded.last_error, failures = excluded.failures, next_poll_at = excluded.next_poll_at`,
        [source, state.etag, state.lastModified, state.lastPollAt, state.lastSuccessAt, state.lastError, state.failures, state.nextPollAt],
      )),
    // Byte order, as SQLite sorts: the list does not change with the database's collation.
    list: async () =>
      (await db.rows<SourceColumns>('SELECT * FROM sources ORDER BY name COLLATE "C"')).map(sourceStatsFrom),
  };
}
