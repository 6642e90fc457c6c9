import { mkdirSync } from "node:fs";
import { join } from "node:path";
import Database from "better-sqlite3";
import { STORE_DEFAULTS } from "./defaults.js";

export type SqliteDatabase = Database.Database;

/**
 * Opens (creating the folder and file if needed) the bot's database in `dataDir`, or the exact `path`
 * when given (":memory:" for tests), with WAL so that readers never block the sender's writes.
 */
export function openDatabase(options: { dataDir?: string; path?: string; busyTimeoutMs?: number }): SqliteDatabase {
  let path = options.path;
  if (!path) {
    if (!options.dataDir) throw new Error("openDatabase needs a dataDir or a path");
    mkdirSync(options.dataDir, { recursive: true });
    path = join(options.dataDir, STORE_DEFAULTS.fileName);
  }
  const busyTimeoutMs = options.busyTimeoutMs ?? STORE_DEFAULTS.busyTimeoutMs;
  const db = new Database(path, { timeout: busyTimeoutMs });
  db.pragma("journal_mode = WAL");
  db.pragma(`busy_timeout = ${Math.trunc(busyTimeoutMs)}`);
  db.pragma(`synchronous = ${STORE_DEFAULTS.synchronous}`);
  db.pragma("foreign_keys = ON");
  return db;
}
