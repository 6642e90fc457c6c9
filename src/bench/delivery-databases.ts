/**
 * The delivery benchmark's database: SQLite in a temp folder (the default), or PostgreSQL (`--database=postgres`:
 * a throwaway local server, or the one `--database-url=…` names). Each gives the store the sender drains, a fast
 * seeding of the instant subscribers, the outbox's size on disk, and each item's reach, read in SQL so that
 * 1,000,000 sent rows never come into the heap.
 */
import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import pg from "pg";
import { silentLogger } from "../log/logger.js";
import { STORE_DEFAULTS } from "../store/defaults.js";
import { createPostgresStore } from "../store/postgres/postgres-store.js";
import { createSqliteStore } from "../store/sqlite-store.js";
import type { Store } from "../store/types.js";
import { startLocalPostgres } from "./local-postgres.js";

export interface ItemReach {
  itemId: number;
  readers: number;
  /** Epoch ms (emulated) of the item's first queued row and of its last send. */
  queuedAt: number;
  lastSentAt: number;
}

export interface BenchDatabase {
  /** "sqlite" or "postgres (local)" / "postgres (DATABASE_URL)", for the printed table. */
  label: string;
  store: Store;
  /**
   * Makes `count` instant private-chat subscribers, ids from `firstChatId`, in one transaction. Not through
   * SubscriberStore.upsert (three statements a reader, 300,000 round trips on PostgreSQL at 100,000 readers): one
   * INSERT of the rows the store itself would write for a new instant reader.
   */
  seedInstantSubscribers(firstChatId: number, count: number, now: number): Promise<void>;
  /** Bytes of the outbox table and its indexes. */
  outboxBytes(): Promise<number>;
  /** Bytes of the whole database (SQLite: file + WAL; PostgreSQL: pg_database_size). */
  databaseBytes(): Promise<number>;
  /** Per pushed item, its sent rows' reach. */
  reachByItem(): Promise<ItemReach[]>;
  close(): Promise<void>;
}

export interface BenchDatabaseOptions {
  kind: "sqlite" | "postgres";
  /** PostgreSQL only: use this server rather than starting one. */
  url?: string;
  siteTimezone: string;
  now: () => number;
}

const REACH_SQL = `SELECT item_id AS "itemId", count(*) AS readers, min(created_at) AS "queuedAt", max(sent_at) AS "lastSentAt"
  FROM outbox WHERE status = 'sent' AND item_id IS NOT NULL AND sent_at IS NOT NULL GROUP BY item_id ORDER BY item_id`;

const SQLITE_OUTBOX_OBJECTS = ["outbox", "outbox_due", "outbox_by_update", "outbox_by_turn", "outbox_by_item", "sqlite_autoindex_outbox_1"];

function openSqlite(options: BenchDatabaseOptions): BenchDatabase {
  const dataDir = mkdtempSync(join(tmpdir(), "newsdesk-bench-delivery-"));
  const file = join(dataDir, STORE_DEFAULTS.fileName);
  const store = createSqliteStore({ dataDir, siteTimezone: options.siteTimezone, logger: silentLogger, now: options.now });
  /** A second, read-only connection for the figures: dbstat and aggregates beside the store's own. */
  const reader = () => new Database(file, { readonly: true });
  const withReader = <T>(fn: (db: Database.Database) => T): T => {
    const db = reader();
    try {
      return fn(db);
    } finally {
      db.close();
    }
  };
  return {
    label: "sqlite",
    store,
    async seedInstantSubscribers(firstChatId, count) {
      // The store's own path is in-process and fast on SQLite: 10,000 upserts in one transaction take well under a second.
      await store.transaction(async (tx) => {
        for (let i = 0; i < count; i++) {
          await tx.subscribers.upsert({ chatId: firstChatId + i, threadId: null, chatType: "private" }, { mode: "instant" });
        }
      });
    },
    outboxBytes: async () =>
      withReader((db) => {
        const names = SQLITE_OUTBOX_OBJECTS.map(() => "?").join(", ");
        const row = db.prepare(`SELECT sum(pgsize) AS bytes FROM dbstat WHERE name IN (${names})`).get(...SQLITE_OUTBOX_OBJECTS) as { bytes: number };
        return row.bytes;
      }),
    databaseBytes: async () => statSync(file).size + (statSync(file + "-wal", { throwIfNoEntry: false })?.size ?? 0),
    reachByItem: async () => withReader((db) => db.prepare(REACH_SQL).all() as ItemReach[]),
    async close() {
      await store.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

async function openPostgres(options: BenchDatabaseOptions): Promise<BenchDatabase> {
  const server = options.url ? null : await startLocalPostgres({ log: (line) => console.error(line) });
  try {
    const url = options.url ?? (await server!.createDatabase());
    const store = await createPostgresStore({ url, siteTimezone: options.siteTimezone, logger: silentLogger, now: options.now });
    // The figures' own connection, so that they never take one of the store's pool.
    const figures = new pg.Client({ connectionString: url });
    await figures.connect();
    const one = async <T>(sql: string, params: unknown[] = []) => (await figures.query(sql, params)).rows[0] as T;
    return {
      label: server ? "postgres (a local throwaway server)" : "postgres (--database-url)",
      store,
      async seedInstantSubscribers(firstChatId, count, now) {
        await figures.query(
          `INSERT INTO subscribers (chat_id, thread_id, chat_type, mode, digest_minutes, timezone, active, created_at, updated_at)
           SELECT $1::bigint + n, NULL, 'private', 'instant', $3, $4, TRUE, $5, $5 FROM generate_series(0, $2::bigint - 1) AS n`,
          [firstChatId, count, STORE_DEFAULTS.digestMinutes, options.siteTimezone, now],
        );
      },
      outboxBytes: async () => Number((await one<{ bytes: string }>("SELECT pg_total_relation_size('outbox') AS bytes")).bytes),
      databaseBytes: async () => Number((await one<{ bytes: string }>("SELECT pg_database_size(current_database()) AS bytes")).bytes),
      reachByItem: async () =>
        (await figures.query(REACH_SQL)).rows.map((row: Record<string, string>) => ({
          itemId: Number(row.itemId),
          readers: Number(row.readers),
          queuedAt: Number(row.queuedAt),
          lastSentAt: Number(row.lastSentAt),
        })),
      async close() {
        await figures.end();
        await store.close();
        server?.stop();
      },
    };
  } catch (error) {
    server?.stop();
    throw error;
  }
}

export async function openBenchDatabase(options: BenchDatabaseOptions): Promise<BenchDatabase> {
  return options.kind === "postgres" ? openPostgres(options) : openSqlite(options);
}
