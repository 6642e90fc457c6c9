import type { Logger } from "../log/logger.js";
import { acquireInstanceLock, type InstanceLock } from "./instance-lock.js";
import { applyMigrations, MIGRATIONS } from "./migrations.js";
import { openDatabase } from "./open-database.js";
import { createSqliteDeliveryReport } from "./sqlite-delivery-report.js";
import { createSqliteChatLanguages } from "./sqlite-chat-languages.js";
import { createSqliteFeedStories } from "./sqlite-feed-stories.js";
import { createSqliteFollows } from "./sqlite-follows.js";
import { createSqliteItems } from "./sqlite-items.js";
import { createSqliteOutbox } from "./sqlite-outbox.js";
import { createSqliteQuestions } from "./sqlite-questions.js";
import { createSqliteSources } from "./sqlite-sources.js";
import { createSqliteStats } from "./sqlite-stats.js";
import { createSqliteTelegramHolds } from "./sqlite-telegram-holds.js";
import { createSqliteSubscribers } from "./sqlite-subscribers.js";
import { createSqliteGate } from "./sqlite-async.js";
import type { Store, StoreParts } from "./types.js";

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

/**
 * Opens the SQLite store, applying pending migrations before anything reads it. A store in a DATA_DIR
 * is this process's alone: a second process on it is refused (DataDirInUseError) before it reads a row.
 */
export function createSqliteStore(options: SqliteStoreOptions): Store {
  // The lock comes first: opening the database in WAL mode already writes to it.
  const lock: InstanceLock | null = !options.path && options.dataDir ? acquireInstanceLock(options.dataDir) : null;
  let db: ReturnType<typeof openDatabase>;
  try {
    db = openDatabase(options);
  } catch (error) {
    lock?.release();
    throw error;
  }
  try {
    applyMigrations(db, MIGRATIONS, options.logger);
  } catch (error) {
    lock?.release();
    db.close();
    throw error;
  }
  const { now } = options;
  const gate = createSqliteGate(db);
  const subscribers = createSqliteSubscribers(db, { now, siteTimezone: options.siteTimezone });
  const sources = createSqliteSources(db);
  const { stats, deliveryReport } = gate.wrap({ stats: createSqliteStats(db, sources.list), deliveryReport: createSqliteDeliveryReport(db) });
  const parts: StoreParts = {
    subscribers: gate.wrap(subscribers),
    follows: gate.wrap(createSqliteFollows(db, { now, subscribers })),
    items: gate.wrap(createSqliteItems(db, { now })),
    sources: gate.wrap(sources),
    outbox: gate.wrap(createSqliteOutbox(db, { now })),
    telegramHolds: gate.wrap(createSqliteTelegramHolds(db)),
    feedStories: gate.wrap(createSqliteFeedStories(db)),
    questions: gate.wrap(createSqliteQuestions(db)),
    chatLanguages: gate.wrap(createSqliteChatLanguages(db, { now })),
    stats,
    deliveryReport,
  };
  return {
    backend: "sqlite",
    ...parts,
    // Calls within fn's async context are in the transaction, through `parts` or the store alike (see the gate).
    transaction: (fn) => gate.transaction(() => fn(parts)),
    close: async () => {
      db.close();
      lock?.release();
    },
  };
}
