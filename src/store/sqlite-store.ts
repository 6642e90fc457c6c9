import type { Logger } from "../log/logger.js";
import { applyMigrations, MIGRATIONS } from "./migrations.js";
import { openDatabase } from "./open-database.js";
import { createSqliteFeedStories } from "./sqlite-feed-stories.js";
import { createSqliteFollows } from "./sqlite-follows.js";
import { createSqliteItems } from "./sqlite-items.js";
import { createSqliteOutbox } from "./sqlite-outbox.js";
import { createSqliteSources } from "./sqlite-sources.js";
import { createSqliteStats } from "./sqlite-stats.js";
import { createSqliteSubscribers } from "./sqlite-subscribers.js";
import type { Store } from "./types.js";

export interface SqliteStoreOptions {
  /** DATA_DIR: created if missing; the database is one file inside it. */
  dataDir?: string;
  /** An exact database path instead, such as ":memory:" in tests. */
  path?: string;
  /** New subscribers' zone until they choose one. */
  siteTimezone: string;
  logger: Logger;
  now: () => number;
  busyTimeoutMs?: number;
}

/** Opens the SQLite store, applying pending migrations before anything reads it. */
export function createSqliteStore(options: SqliteStoreOptions): Store {
  const db = openDatabase(options);
  try {
    applyMigrations(db, MIGRATIONS, options.logger);
  } catch (error) {
    db.close();
    throw error;
  }
  const { now } = options;
  const subscribers = createSqliteSubscribers(db, { now, siteTimezone: options.siteTimezone });
  const sources = createSqliteSources(db);
  return {
    subscribers,
    follows: createSqliteFollows(db, { now, subscribers }),
    items: createSqliteItems(db, { now }),
    sources,
    outbox: createSqliteOutbox(db, { now }),
    feedStories: createSqliteFeedStories(db),
    transaction: (fn) => db.transaction(fn)(),
    stats: createSqliteStats(db, sources.list),
    close: () => db.close(),
  };
}
