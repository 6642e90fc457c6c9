import { existsSync, mkdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import Database from "better-sqlite3";
import { STORE_DEFAULTS } from "./defaults.js";

export type SqliteDatabase = Database.Database;

/** SQLite's files beside the database in WAL mode (and the rollback journal of a crash before WAL was set). */
const SIDE_FILES = ["-wal", "-shm", "-journal"];

/**
 * A way to take back what opening the database in `dataDir` is about to create, for a start that fails after it:
 * the database's files when there was no database yet, and the folder when there was none either. Nothing
 * when the database was there before: its data are the readers'.
 */
/** Whether the bot's database is already in `dataDir` (a restart, not a first start). */
export function databaseExists(dataDir: string): boolean {
  return existsSync(join(dataDir, STORE_DEFAULTS.fileName));
}

export function undoNewDatabase(dataDir: string): () => void {
  const path = join(dataDir, STORE_DEFAULTS.fileName);
  if (databaseExists(dataDir)) return () => {};
  const folderIsNew = !existsSync(dataDir);
  return () => {
    for (const file of [path, ...SIDE_FILES.map((suffix) => path + suffix)]) rmSync(file, { force: true });
    if (folderIsNew) rmSync(dataDir, { recursive: true, force: true });
  };
}

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
