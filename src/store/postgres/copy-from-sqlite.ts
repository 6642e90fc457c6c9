import { join } from "node:path";
import Database from "better-sqlite3";
import type { Logger } from "../../log/logger.js";
import { STORE_DEFAULTS } from "../defaults.js";
import { acquireInstanceLock } from "../instance-lock.js";
import { LATEST_VERSION } from "../migrations.js";
import { databaseExists } from "../open-database.js";
import { openPostgresPool } from "./postgres-store.js";
import { inTransaction, type PgSession } from "./session.js";

/** A table to copy: SQLite's 0/1 flags that are BOOLEAN in PostgreSQL, and the BIGSERIAL id whose sequence follows. */
interface TableCopy {
  name: string;
  booleans?: readonly string[];
  serial?: boolean;
}

/** Every table of the store, parents before the rows that reference them. */
const TABLES: readonly TableCopy[] = [
  { name: "subscribers", booleans: ["active"] },
  { name: "follows", serial: true },
  { name: "sources" },
  { name: "items", booleans: ["history"], serial: true },
  { name: "outbox", serial: true },
  { name: "telegram_holds" },
  { name: "feed_stories" },
  { name: "questions", serial: true },
  { name: "question_votes" },
  { name: "chat_languages", booleans: ["chosen"] },
];

/** PostgreSQL takes at most 65,535 parameters in one statement. */
const MAX_PARAMETERS = 60_000;

/** The copy refused before it wrote anything: the message says why and what to do. */
export class StoreCopyError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "StoreCopyError";
  }
}

export interface StoreCopyOptions {
  /** The SQLite store's DATA_DIR. */
  dataDir: string;
  /** The target PostgreSQL database (DATABASE_URL): migrated here, and empty. */
  url: string;
  logger: Logger;
  now: () => number;
}

type Row = Record<string, unknown>;

async function refuseUnlessEmpty(session: PgSession): Promise<void> {
  const filled: string[] = [];
  for (const table of TABLES) {
    if ((await session.rows(`SELECT 1 FROM ${table.name} LIMIT 1`)).length > 0) filled.push(table.name);
  }
  if (filled.length > 0) {
    throw new StoreCopyError(`the target database already holds data (${filled.join(", ")}): copy only into an empty database`);
  }
}

async function copyTable(sqlite: Database.Database, session: PgSession, table: TableCopy): Promise<number> {
  const columns = (sqlite.pragma(`table_info(${table.name})`) as Array<{ name: string }>).map((column) => column.name);
  const flags = new Set(table.booleans ?? []);
  const perInsert = Math.max(1, Math.floor(MAX_PARAMETERS / columns.length));
  let batch: Row[] = [];
  let copied = 0;
  const flush = async () => {
    if (batch.length === 0) return;
    const values = batch.map((_, r) => `(${columns.map((_, c) => `$${r * columns.length + c + 1}`).join(", ")})`);
    const params = batch.flatMap((row) => columns.map((column) => (flags.has(column) ? row[column] === 1 : row[column])));
    await session.run(`INSERT INTO ${table.name} (${columns.join(", ")}) VALUES ${values.join(", ")}`, params);
    copied += batch.length;
    batch = [];
  };
  // Rows are read one at a time: an outbox of a million rows is never all in memory.
  for (const row of sqlite.prepare(`SELECT * FROM ${table.name} ORDER BY rowid`).iterate() as IterableIterator<Row>) {
    batch.push(row);
    if (batch.length >= perInsert) await flush();
  }
  await flush();
  if (table.serial) {
    // The next id PostgreSQL gives is past every copied one.
    await session.run(`SELECT setval(pg_get_serial_sequence('${table.name}', 'id'), (SELECT COALESCE(max(id), 0) + 1 FROM ${table.name}), false)`);
  }
  return copied;
}

/**
 * Copies a SQLite store (its DATA_DIR, taken with the instance lock so that no bot writes to it meanwhile, and
 * read only) into an empty PostgreSQL database, ids kept, in one transaction: the copy lands whole or not at all.
 * Returns the rows copied per table.
 */
export async function copySqliteToPostgres(options: StoreCopyOptions): Promise<Map<string, number>> {
  if (!databaseExists(options.dataDir)) {
    throw new StoreCopyError(`DATA_DIR ${options.dataDir} holds no newsdesk database (${STORE_DEFAULTS.fileName})`);
  }
  const lock = acquireInstanceLock(options.dataDir);
  try {
    const sqlite = new Database(join(options.dataDir, STORE_DEFAULTS.fileName), { readonly: true, fileMustExist: true });
    try {
      const version = sqlite.pragma("user_version", { simple: true }) as number;
      if (version !== LATEST_VERSION) {
        throw new StoreCopyError(
          `the SQLite database in ${options.dataDir} is at schema version ${version}, this build's is ${LATEST_VERSION}: ` +
            "start this build on it once (it migrates), stop it, then copy",
        );
      }
      const pool = await openPostgresPool({ url: options.url, logger: options.logger, now: options.now, poolSize: 1 });
      try {
        return await inTransaction(pool, async (session) => {
          await refuseUnlessEmpty(session);
          const copied = new Map<string, number>();
          for (const table of TABLES) copied.set(table.name, await copyTable(sqlite, session, table));
          return copied;
        });
      } finally {
        await pool.end();
      }
    } finally {
      sqlite.close();
    }
  } finally {
    lock.release();
  }
}
