import { copyFileSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { createApp, type App } from "../../src/app/create-app.js";
import type { Config } from "../../src/config/load-config.js";
import { createBotApiEmulator } from "../../src/emulator/emulator.js";
import { createLogger, silentLogger } from "../../src/log/logger.js";
import { newPostgresDatabase } from "../support/postgres.js";
import { tempDir } from "../support/temp-dirs.js";
import { CORPUS_DIR, testConfig } from "./helpers.js";
import { FIXTURES, SEED_PAGE } from "./support/newsdesk.js";

const ADMIN = 4242;
const NEW_PAGE = "caspian-ferries.md";

describe("instances on one PostgreSQL, in one process", () => {
  const cleanups: Array<() => unknown> = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });

  it("a standby with no corpus folder answers from the pages the leader published, and leads once the leader stops", { timeout: 60_000 }, async () => {
    const emu = createBotApiEmulator();
    await emu.start();
    cleanups.push(() => emu.stop());
    const url = newPostgresDatabase();
    const corpusDir = tempDir("pg-corpus");
    copyFileSync(join(CORPUS_DIR, SEED_PAGE), join(corpusDir, SEED_PAGE));
    const env = { BOT_TOKEN: emu.token, TELEGRAM_API_ROOT: emu.apiRoot, DATABASE_URL: url, ADMIN_IDS: String(ADMIN) };
    const start = async (config: Config): Promise<App> => {
      const app = createApp({
        config,
        logger: process.env.DEBUG_PG ? createLogger({ level: "debug" }) : silentLogger,
        tuning: { corpusWatch: { debounceMs: 20, settleMs: 0, intervalMs: 500 }, leadership: { retryMs: 200 } },
      });
      cleanups.push(() => app.stop());
      await app.start();
      return app;
    };

    const leader = await start(testConfig({ ...env, CORPUS_DIR: corpusDir }));
    await emu.waitForPolling();
    // The standby's machine has no corpus folder: its pages come from PostgreSQL.
    const standby = await start({ ...testConfig(env), corpusDir: null });
    expect([leader.leading(), standby.leading()]).toEqual([true, false]);

    const aside = join(corpusDir, `${NEW_PAGE}.tmp`);
    writeFileSync(aside, readFileSync(join(FIXTURES, "pages", NEW_PAGE), "utf8"));
    renameSync(aside, join(corpusDir, NEW_PAGE));
    const reader = emu.user();
    /** The answer to a question about the new page; asked again while the page is still being indexed. */
    const ask = async () => {
      let answer = "";
      for (let tries = 0; tries < 20 && !answer.includes("twice a day"); tries++) {
        const before = emu.messages(reader.id).length;
        reader.send("how often do ferries sail between Alat and Aktau?");
        answer = emu.renderedText((await emu.waitForMessages(reader.id, before + 1, 15_000)).at(-1)!);
        if (!answer.includes("twice a day")) await new Promise((resolve) => setTimeout(resolve, 200));
      }
      return answer;
    };
    expect(await ask()).toContain("twice a day");

    await leader.stop();
    await emu.waitForPolling(10_000);
    expect(standby.leading()).toBe(true);
    expect(await ask()).toContain("twice a day");

    const admin = emu.user({ id: ADMIN });
    admin.send("/stats");
    const [stats] = await emu.waitForMessages(ADMIN, 1);
    expect(emu.renderedText(stats!)).toMatch(/Instance \S+:\d+:\S+ leads \(PostgreSQL\)/);
  });
});
