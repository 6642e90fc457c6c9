import { sourceStateFrom, sourceStatsFrom, type SourceColumns } from "./rows/source-row.js";
import type { SqliteDatabase } from "./open-database.js";
import type { SourceStats, SourceStore, Synchronous } from "./types.js";

export function createSqliteSources(db: SqliteDatabase): Synchronous<SourceStore> & { list(): SourceStats[] } {
  const select = db.prepare<[string], SourceColumns>("SELECT * FROM sources WHERE name = ?");
  const selectAll = db.prepare<[], SourceColumns>("SELECT * FROM sources ORDER BY name");
  // Saving state never touches primed_at: a poller that saves before its first ingest must not lose the no-flood rule.
  const save = db.prepare(
    `INSERT INTO sources (name, etag, last_modified, last_poll_at, last_success_at, last_error, failures, next_poll_at)
     VALUES (@name, @etag, @lastModified, @lastPollAt, @lastSuccessAt, @lastError, @failures, @nextPollAt)
     ON CONFLICT (name) DO UPDATE SET etag = excluded.etag, last_modified = excluded.last_modified,
       last_poll_at = excluded.last_poll_at, last_success_at = excluded.last_success_at,
       last_error = excluded.last_error, failures = excluded.failures, next_poll_at = excluded.next_poll_at`,
  );
  return {
    getState: (source) => {
      const row = select.get(source);
      return row ? sourceStateFrom(row) : null;
    },
    saveState: (source, state) => void save.run({ name: source, ...state }),
    list: () => selectAll.all().map(sourceStatsFrom),
  };
}
