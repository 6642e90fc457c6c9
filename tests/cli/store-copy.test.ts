import { describe, expect, it } from "vitest";
import { silentLogger } from "../../src/log/logger.js";
import { createPostgresStore } from "../../src/store/postgres/postgres-store.js";
import { createSqliteStore } from "../../src/store/sqlite-store.js";
import { newPostgresDatabase } from "../support/postgres.js";
import { tempDir } from "../support/temp-dirs.js";
import { runScript } from "./helpers/run-script.js";

const alice = { chatId: 1001, threadId: null, chatType: "private" as const };

describe("npm run store:copy", () => {
  it("copies a DATA_DIR into PostgreSQL and says how many rows of each table it copied", async () => {
    const dataDir = tempDir("store-copy-cli");
    const sqlite = createSqliteStore({ dataDir, siteTimezone: "Asia/Baku", logger: silentLogger, now: () => 1000 });
    await sqlite.subscribers.upsert(alice, { mode: "instant" });
    await sqlite.follows.add(alice, "Zangezur corridor");
    await sqlite.close();
    const url = newPostgresDatabase();

    const run = await runScript("src/cli/store-copy.ts", ["--from", dataDir, "--to", url]);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`Copied 2 rows from ${dataDir}`);
    expect(run.stdout).toMatch(/ {2}subscribers: 1\n {2}follows: 1\n/);
    const postgres = await createPostgresStore({ url, siteTimezone: "Asia/Baku", logger: silentLogger, now: () => 2000, poolSize: 1 });
    try {
      expect((await postgres.follows.listActive()).map((follow) => follow.query)).toEqual(["Zangezur corridor"]);
    } finally {
      await postgres.close();
    }
  });

  it("names what it needs when an argument is missing, and exits 1", async () => {
    const run = await runScript("src/cli/store-copy.ts", ["--from", tempDir("store-copy-usage")]);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe("store:copy: usage: npm run store:copy -- --from DATA_DIR --to postgres://user:password@host:5432/database\n");
  });
});
