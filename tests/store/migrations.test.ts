import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { silentLogger } from "../../src/log/logger.js";
import { STORE_DEFAULTS } from "../../src/store/defaults.js";
import { applyMigrations, LATEST_VERSION, MIGRATIONS, type Migration } from "../../src/store/migrations.js";
import { openDatabase } from "../../src/store/open-database.js";
import { createSqliteStore } from "../../src/store/sqlite-store.js";
import { SITE_ZONE } from "./fixtures/open-store.js";

const now = () => Date.parse("2023-03-28T08:00:00Z");
const alice = { chatId: 1001, threadId: null, chatType: "private" as const };

describe("migrations", () => {
  let dataDir: string;
  beforeEach(() => {
    dataDir = join(mkdtempSync(join(tmpdir(), "newsdesk-store-")), "data");
  });
  afterEach(() => rmSync(join(dataDir, ".."), { recursive: true, force: true }));

  it("creates DATA_DIR and a WAL database at the latest version on first start", async () => {
    const store = createSqliteStore({ dataDir, siteTimezone: SITE_ZONE, logger: silentLogger, now });
    await store.subscribers.upsert(alice, { mode: "instant" });
    await store.close();

    const file = join(dataDir, STORE_DEFAULTS.fileName);
    expect(existsSync(file)).toBe(true);
    const db = new Database(file, { readonly: true });
    expect(db.pragma("user_version", { simple: true })).toBe(LATEST_VERSION);
    expect(db.pragma("journal_mode", { simple: true })).toBe("wal");
    db.close();
  });

  it("reopens an existing database keeping its data and running no step twice", async () => {
    const first = createSqliteStore({ dataDir, siteTimezone: SITE_ZONE, logger: silentLogger, now });
    await first.subscribers.upsert(alice, { mode: "daily", timezone: "Europe/Berlin" });
    await first.close();

    const second = createSqliteStore({ dataDir, siteTimezone: SITE_ZONE, logger: silentLogger, now });
    expect(await second.subscribers.get(alice.chatId)).toMatchObject({ mode: "daily", timezone: "Europe/Berlin" });
    await second.close();
  });

  it("brings an existing database up to a newer schema step by step", () => {
    const db = openDatabase({ dataDir });
    expect(applyMigrations(db, MIGRATIONS, silentLogger)).toEqual({ from: 0, to: LATEST_VERSION });
    db.prepare(
      `INSERT INTO subscribers (chat_id, chat_type, digest_minutes, timezone, created_at, updated_at)
       VALUES (1001, 'private', 480, 'Asia/Baku', 0, 0)`,
    ).run();

    const next: Migration = {
      version: LATEST_VERSION + 1,
      name: "language per subscriber",
      sql: "ALTER TABLE subscribers ADD COLUMN language TEXT NOT NULL DEFAULT 'en'",
    };
    expect(applyMigrations(db, [...MIGRATIONS, next], silentLogger)).toEqual({
      from: LATEST_VERSION,
      to: next.version,
    });
    expect(db.prepare("SELECT chat_id, language FROM subscribers").all()).toEqual([{ chat_id: 1001, language: "en" }]);
    expect(db.pragma("user_version", { simple: true })).toBe(next.version);
    db.close();
  });

  it("rolls a failing step back whole, leaving the database at the version before it", () => {
    const db = openDatabase({ path: ":memory:" });
    const broken: Migration = {
      version: LATEST_VERSION + 1,
      name: "half-written step",
      sql: "CREATE TABLE audit (id INTEGER PRIMARY KEY); INSERT INTO no_such_table VALUES (1);",
    };
    expect(() => applyMigrations(db, [...MIGRATIONS, broken], silentLogger)).toThrow(/no_such_table/);
    expect(db.pragma("user_version", { simple: true })).toBe(LATEST_VERSION);
    expect(db.prepare("SELECT name FROM sqlite_master WHERE name = 'audit'").get()).toBeUndefined();
    db.close();
  });

  it("refuses a database written by a newer build", () => {
    const db = openDatabase({ dataDir });
    db.pragma(`user_version = ${LATEST_VERSION + 5}`);
    db.close();
    expect(() => createSqliteStore({ dataDir, siteTimezone: SITE_ZONE, logger: silentLogger, now })).toThrow(
      /newer than this build/,
    );
  });
});
