import type { SourceState } from "../core/items.js";
import type { SqliteDatabase } from "./open-database.js";
import type { SourceStats, SourceStore, Synchronous } from "./types.js";

interface SourceRow {
  name: string;
  etag: string | null;
  last_modified: string | null;
  last_poll_at: string | null;
  last_success_at: string | null;
  last_error: string | null;
  failures: number;
  next_poll_at: string | null;
}

function toState(row: SourceRow): SourceState {
  return {
    etag: row.etag,
    lastModified: row.last_modified,
    lastPollAt: row.last_poll_at,
    lastSuccessAt: row.last_success_at,
    lastError: row.last_error,
    failures: row.failures,
    nextPollAt: row.next_poll_at,
  };
}

export function createSqliteSources(db: SqliteDatabase): Synchronous<SourceStore> & { list(): SourceStats[] } {
  const select = db.prepare<[string], SourceRow>("SELECT * FROM sources WHERE name = ?");
  const selectAll = db.prepare<[], SourceRow>("SELECT * FROM sources ORDER BY name");
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
      return row ? toState(row) : null;
    },
    saveState: (source, state) => void save.run({ name: source, ...state }),
    list: () => selectAll.all().map((row) => ({ name: row.name, ...toState(row) })),
  };
}
