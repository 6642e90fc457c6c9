import { existsSync, mkdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import Database from "better-sqlite3";
import { STORE_DEFAULTS } from "./defaults.js";

export type SqliteDatabase = Database.Database;

/** SQLite's files beside the database in WAL mode (and the rollback journal of a crash before WAL was set). */
const SIDE_FILES = ["-wal", "-shm", "-journal"];

/** Whether the bot's database is already in `dataDir` (a restart, not a first start). */
export function databaseExists(dataDir: string): boolean {
  return existsSync(join(dataDir, STORE_DEFAULTS.fileName));
}

/**
 * A way to take back what opening the database in `dataDir` is about to create, for a start that fails after it:
 * the database's files and the instance lock's when there was no database yet, and the folder when there was
 * none either. Nothing when the database was there before: its data are the readers'. A lock file that was there
 * already is left alone: it may be another instance's.
 */
export function undoNewDatabase(dataDir: string): () => void {
  if (databaseExists(dataDir)) return () => {};
  const folderIsNew = !existsSync(dataDir);
  const withSideFiles = (name: string) => [name, ...SIDE_FILES.map((suffix) => name + suffix)].map((file) => join(dataDir, file));
  const created = [
    ...withSideFiles(STORE_DEFAULTS.fileName),
    ...[...withSideFiles(STORE_DEFAULTS.lockFileName), join(dataDir, STORE_DEFAULTS.holderFileName)].filter((file) => !existsSync(file)),
  ];
  return () => {
    for (const file of created) rmSync(file, { force: true });
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
