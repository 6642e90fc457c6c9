import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { silentLogger } from "../../src/log/logger.js";
import { applyMigrations, MIGRATIONS } from "../../src/store/migrations.js";
import { openDatabase } from "../../src/store/open-database.js";
import { createSqliteStore } from "../../src/store/sqlite-store.js";
import { SITE_ZONE, openMemoryStore } from "./fixtures/open-store.js";

describe("chat languages", () => {
  it("keep a chat's language, whether or not it subscribed; a seen one changes it, but never a chosen one", () => {
    const store = openMemoryStore(() => 1000);
    const language = (chatId: number) => store.chatLanguages.get(chatId)?.language ?? null;
    expect(store.chatLanguages.get(1001)).toBeNull();
    store.chatLanguages.set(1001, "ru", "seen");
    store.chatLanguages.set(-1002, "az", "chosen");
    expect([store.chatLanguages.get(1001), store.chatLanguages.get(-1002)]).toEqual([
      { language: "ru", chosen: false },
      { language: "az", chosen: true },
    ]);
    store.chatLanguages.set(1001, "en", "seen");
    store.chatLanguages.set(-1002, "en", "seen");
    expect([language(1001), language(-1002)]).toEqual(["en", "az"]);
    store.chatLanguages.set(-1002, "ru", "chosen");
    expect(language(-1002)).toBe("ru");
    expect(store.subscribers.get(1001)).toBeNull();
  });

  it("follow a group that becomes a supergroup, unless the supergroup has one already", () => {
    const store = openMemoryStore(() => 1000);
    const group = { chatId: -5001, threadId: null, chatType: "group" as const };
    store.subscribers.upsert(group, { mode: "instant" });
    store.chatLanguages.set(group.chatId, "az", "chosen");
    store.subscribers.migrate(group.chatId, -1005001);
    expect([store.chatLanguages.get(-1005001), store.chatLanguages.get(group.chatId)]).toEqual([{ language: "az", chosen: true }, null]);

    store.chatLanguages.set(-6001, "ru", "seen");
    store.chatLanguages.set(-1006001, "en", "seen");
    store.subscribers.upsert({ ...group, chatId: -6001 });
    store.subscribers.migrate(-6001, -1006001);
    expect(store.chatLanguages.get(-1006001)?.language).toBe("en");
  });

  it("are kept in DATA_DIR across a restart", () => {
    const dataDir = join(mkdtempSync(join(tmpdir(), "newsdesk-languages-")), "data");
    try {
      const first = createSqliteStore({ dataDir, siteTimezone: SITE_ZONE, logger: silentLogger, now: () => 1 });
      first.chatLanguages.set(1001, "az", "chosen");
      first.close();
      const second = createSqliteStore({ dataDir, siteTimezone: SITE_ZONE, logger: silentLogger, now: () => 2 });
      expect(second.chatLanguages.get(1001)).toEqual({ language: "az", chosen: true });
      second.close();
    } finally {
      rmSync(join(dataDir, ".."), { recursive: true, force: true });
    }
  });

  it("come with migration 6 onto a database at version 4, which a version number left out does not stop", () => {
    const db = openDatabase({ path: ":memory:" });
    applyMigrations(db, MIGRATIONS.filter((m) => m.version <= 4), silentLogger);
    expect(applyMigrations(db, MIGRATIONS, silentLogger)).toEqual({ from: 4, to: 6 });
    expect(db.prepare("SELECT name FROM sqlite_master WHERE name = 'chat_languages'").get()).toEqual({ name: "chat_languages" });
    expect(() => db.prepare("INSERT INTO chat_languages (chat_id, language, updated_at) VALUES (1, 'de', 0)").run()).toThrow(/CHECK/);
    db.close();
    expect(() => applyMigrations(new Database(":memory:"), [MIGRATIONS[1]!, MIGRATIONS[0]!], silentLogger)).toThrow(/out of order/);
  });
});
