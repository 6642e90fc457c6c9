import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { silentLogger } from "../../src/log/logger.js";
import { applyMigrations, MIGRATIONS } from "../../src/store/migrations.js";
import { openDatabase } from "../../src/store/open-database.js";
import { createSqliteStore } from "../../src/store/sqlite-store.js";
import { SITE_ZONE } from "./fixtures/open-store.js";
import { BACKENDS } from "./support/backends.js";

describe.each(BACKENDS)("chat languages on %s", (_backend, open) => {
  it("keep a chat's language, whether or not it subscribed; a seen one changes it, but never a chosen one", async () => {
    const store = await open(() => 1000);
    const language = async (chatId: number) => (await store.chatLanguages.get(chatId))?.language ?? null;
    expect(await store.chatLanguages.get(1001)).toBeNull();
    await store.chatLanguages.set(1001, "ru", "seen");
    await store.chatLanguages.set(-1002, "az", "chosen");
    expect([await store.chatLanguages.get(1001), await store.chatLanguages.get(-1002)]).toEqual([
      { language: "ru", chosen: false },
      { language: "az", chosen: true },
    ]);
    await store.chatLanguages.set(1001, "en", "seen");
    await store.chatLanguages.set(-1002, "en", "seen");
    expect([await language(1001), await language(-1002)]).toEqual(["en", "az"]);
    await store.chatLanguages.set(-1002, "ru", "chosen");
    expect(await language(-1002)).toBe("ru");
    expect(await store.subscribers.get(1001)).toBeNull();
  });

  it("follow a group that becomes a supergroup, unless the supergroup has one already", async () => {
    const store = await open(() => 1000);
    const group = { chatId: -5001, threadId: null, chatType: "group" as const };
    await store.subscribers.upsert(group, { mode: "instant" });
    await store.chatLanguages.set(group.chatId, "az", "chosen");
    await store.subscribers.migrate(group.chatId, -1005001);
    expect([await store.chatLanguages.get(-1005001), await store.chatLanguages.get(group.chatId)]).toEqual([{ language: "az", chosen: true }, null]);

    await store.chatLanguages.set(-6001, "ru", "seen");
    await store.chatLanguages.set(-1006001, "en", "seen");
    await store.subscribers.upsert({ ...group, chatId: -6001 });
    await store.subscribers.migrate(-6001, -1006001);
    expect((await store.chatLanguages.get(-1006001))?.language).toBe("en");
  });

  it("are all read at once, for a process that keeps them in memory", async () => {
    const store = await open(() => 1000);
    await store.chatLanguages.set(1001, "ru", "seen");
    await store.chatLanguages.set(-1002003004005, "az", "chosen");
    expect(await store.chatLanguages.all()).toEqual(
      new Map([
        [1001, { language: "ru", chosen: false }],
        [-1002003004005, { language: "az", chosen: true }],
      ]),
    );
  });
});

describe("chat languages in SQLite", () => {
  it("are kept in DATA_DIR across a restart", async () => {
    const dataDir = join(mkdtempSync(join(tmpdir(), "newsdesk-languages-")), "data");
    try {
      const first = createSqliteStore({ dataDir, siteTimezone: SITE_ZONE, logger: silentLogger, now: () => 1 });
      await first.chatLanguages.set(1001, "az", "chosen");
      await first.close();
      const second = createSqliteStore({ dataDir, siteTimezone: SITE_ZONE, logger: silentLogger, now: () => 2 });
      expect(await second.chatLanguages.get(1001)).toEqual({ language: "az", chosen: true });
      await second.close();
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
