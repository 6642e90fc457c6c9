import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { hostname } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { STORE_DEFAULTS } from "./defaults.js";

/** Who holds a DATA_DIR, as the holder wrote it down for the next comer to name. */
interface Holder {
  pid: number;
  host: string;
  startedAt: string;
}

/** A second process on a DATA_DIR: its message names the folder and the process that holds it. */
export class DataDirInUseError extends Error {
  constructor(dataDir: string, holder: Holder | null) {
    const who = holder ? `process ${holder.pid} on ${holder.host}, started ${holder.startedAt}` : "another process";
    super(
      `DATA_DIR ${dataDir} is in use by another newsdesk (${who}). Two bots on one store send every push twice: ` +
        "stop the other one, or give this one its own DATA_DIR.",
    );
    this.name = "DataDirInUseError";
  }
}

export interface InstanceLock {
  release(): void;
}

/**
 * Holds DATA_DIR for this process alone, until release() or the process's end, however it ends.
 *
 * The lock is SQLite's own: a small database opened in `locking_mode = EXCLUSIVE` keeps its
 * exclusive file lock from its first write until the connection closes. The lock is the operating
 * system's (fcntl), so a kill -9 releases it with the process: no stale lock file to judge by age, as
 * proper-lockfile's mkdir lock must (it would refuse a restart for its stale period after a crash),
 * and no native add-on besides the better-sqlite3 the store already uses (fs-ext's flock needs one).
 * SQLite also tracks the lock per file within one process, so a second open in the same process is
 * refused as well. The caller keeps the lock reachable: better-sqlite3 closes a connection it
 * collects, and that would release the lock.
 */
export function acquireInstanceLock(dataDir: string): InstanceLock {
  const lockPath = join(dataDir, STORE_DEFAULTS.lockFileName);
  const holderPath = join(dataDir, STORE_DEFAULTS.holderFileName);
  mkdirSync(dataDir, { recursive: true });
  const db = new Database(lockPath, { timeout: 0 });
  try {
    db.pragma("locking_mode = EXCLUSIVE");
    db.exec("BEGIN EXCLUSIVE; CREATE TABLE IF NOT EXISTS instance (pid INTEGER); COMMIT;");
  } catch (error) {
    db.close();
    if ((error as { code?: string }).code?.startsWith("SQLITE_BUSY")) throw new DataDirInUseError(dataDir, readHolder(holderPath));
    throw error;
  }
  const holder: Holder = { pid: process.pid, host: hostname(), startedAt: new Date().toISOString() };
  writeFileSync(holderPath, JSON.stringify(holder) + "\n");
  let released = false;
  return {
    release() {
      if (released) return;
      released = true;
      rmSync(holderPath, { force: true });
      db.close();
    },
  };
}

function readHolder(path: string): Holder | null {
  try {
    const parsed = JSON.parse(readFileSync(path, "utf8")) as Partial<Holder>;
    return typeof parsed.pid === "number" ? { pid: parsed.pid, host: String(parsed.host), startedAt: String(parsed.startedAt) } : null;
  } catch {
    return null;
  }
}
