import pg from "pg";
import { afterEach, describe, expect, it } from "vitest";
import { silentLogger, type Logger } from "../../../src/log/logger.js";
import { applyPostgresMigrations, POSTGRES_MIGRATIONS } from "../../../src/store/postgres/migrations.js";
import { createPostgresStore } from "../../../src/store/postgres/postgres-store.js";
import type { Store } from "../../../src/store/types.js";
import { newPostgresDatabase } from "../../support/postgres.js";
import { SITE_ZONE } from "../fixtures/open-store.js";

const opened: Store[] = [];
const pools: pg.Pool[] = [];
afterEach(async () => {
  await Promise.all([...opened.splice(0).map((store) => store.close()), ...pools.splice(0).map((pool) => pool.end())]);
});

/** A logger that keeps the messages of its info lines. */
function recordingLogger(): Logger & { lines: string[] } {
  const lines: string[] = [];
  const logger = { ...silentLogger, lines, info: (_fields: Record<string, unknown>, message: string) => void lines.push(message) };
  return { ...logger, child: () => logger };
}

async function open(url: string, logger: Logger = silentLogger, now = () => 1000): Promise<Store> {
  const store = await createPostgresStore({ url, siteTimezone: SITE_ZONE, logger, now, poolSize: 2 });
  opened.push(store);
  return store;
}

async function query<R extends pg.QueryResultRow>(url: string, sql: string): Promise<R[]> {
  const pool = new pg.Pool({ connectionString: url, max: 1 });
  pools.push(pool);
  return (await pool.query<R>(sql)).rows;
}

describe("PostgreSQL migrations", () => {
  it("bring an empty database to the latest version, each version recorded in schema_migrations", async () => {
    const url = newPostgresDatabase();
    const logger = recordingLogger();
    await open(url, logger, () => 1234);
    expect(logger.lines).toEqual(POSTGRES_MIGRATIONS.map(() => "database migrated"));
    const versions = await query<{ version: number; name: string; applied_at: string }>(url, "SELECT version, name, applied_at FROM schema_migrations ORDER BY version");
    expect(versions).toEqual(POSTGRES_MIGRATIONS.map((m) => ({ version: m.version, name: m.name, applied_at: "1234" })));
    // The shared corpus's table comes with version 1, exactly as its code expects it.
    expect(await query(url, "SELECT column_name, data_type, is_nullable FROM information_schema.columns WHERE table_name = 'corpus_pages' ORDER BY ordinal_position")).toEqual([
      { column_name: "key", data_type: "text", is_nullable: "NO" },
      { column_name: "body", data_type: "text", is_nullable: "NO" },
      { column_name: "hash", data_type: "text", is_nullable: "NO" },
      { column_name: "updated_at", data_type: "bigint", is_nullable: "NO" },
    ]);
  });

  it("run no step twice: a second open keeps the data and migrates nothing", async () => {
    const url = newPostgresDatabase();
    const first = await open(url);
    await first.subscribers.upsert({ chatId: 1001, threadId: null, chatType: "private" }, { mode: "daily" });
    await first.close();
    const logger = recordingLogger();
    const second = await open(url, logger);
    expect(logger.lines).toEqual([]);
    expect((await second.subscribers.get(1001))?.mode).toBe("daily");
    expect(await query(url, "SELECT count(*)::int AS steps FROM schema_migrations")).toEqual([{ steps: POSTGRES_MIGRATIONS.length }]);
  });

  it("let two instances that start at once both open the database, migrated once", async () => {
    const url = newPostgresDatabase();
    const loggers = [recordingLogger(), recordingLogger(), recordingLogger()];
    const stores = await Promise.all(loggers.map((logger) => open(url, logger)));
    expect(stores.map((store) => store.backend)).toEqual(["postgres", "postgres", "postgres"]);
    expect(loggers.flatMap((logger) => logger.lines)).toHaveLength(POSTGRES_MIGRATIONS.length);
    expect(await query(url, "SELECT count(*)::int AS steps FROM schema_migrations")).toEqual([{ steps: POSTGRES_MIGRATIONS.length }]);
  });

  it("roll a failing step back whole, and refuse a database written by a newer build", async () => {
    const url = newPostgresDatabase();
    const pool = new pg.Pool({ connectionString: url, max: 2 });
    pools.push(pool);
    const deps = { logger: silentLogger, now: () => 1000 };
    const broken = { version: 2, name: "half-written step", sql: "CREATE TABLE audit (id BIGINT); INSERT INTO no_such_table VALUES (1);" };
    await expect(applyPostgresMigrations(pool, [...POSTGRES_MIGRATIONS, broken], deps)).rejects.toThrow(/no_such_table/);
    expect(await query(url, "SELECT max(version) AS version, to_regclass('audit') AS audit FROM schema_migrations")).toEqual([{ version: 1, audit: null }]);
    await pool.query("INSERT INTO schema_migrations (version, name, applied_at) VALUES (9, 'from the future', 0)");
    await expect(open(url)).rejects.toThrow(/schema version 9, newer than this build knows \(1\)/);
  });
});
