import { copyFileSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { createApp, type App } from "../../src/app/create-app.js";
import type { Config } from "../../src/config/load-config.js";
import { createBotApiEmulator, type BotApiEmulator } from "../../src/emulator/emulator.js";
import { silentLogger } from "../../src/log/logger.js";
import { newPostgresDatabase } from "../support/postgres.js";
import { tempDir } from "../support/temp-dirs.js";
import { CORPUS_DIR, freePort, testConfig } from "./helpers.js";
import { FIXTURES, SEED_PAGE } from "./support/newsdesk.js";

const ADMIN = 4242;
const NEW_PAGE = "caspian-ferries.md";
const SECRET = "s3cret_Webhook-token";
const FAST = { corpusWatch: { debounceMs: 20, settleMs: 0, intervalMs: 500 }, leadership: { retryMs: 200 } };

/** A reader's answer to a question about the new page; asked again while the page is still being indexed. */
async function askAboutFerries(emu: BotApiEmulator): Promise<string> {
  const reader = emu.user();
  let answer = "";
  for (let tries = 0; tries < 20 && !answer.includes("twice a day"); tries++) {
    const before = emu.messages(reader.id).length;
    reader.send("how often do ferries sail between Alat and Aktau?");
    answer = emu.renderedText((await emu.waitForMessages(reader.id, before + 1, 15_000)).at(-1)!);
    if (!answer.includes("twice a day")) await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return answer;
}

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
        logger: silentLogger,
        tuning: FAST,
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
    expect(await askAboutFerries(emu)).toContain("twice a day");

    await leader.stop();
    await emu.waitForPolling(10_000);
    expect(standby.leading()).toBe(true);
    expect(await askAboutFerries(emu)).toContain("twice a day");

    const admin = emu.user({ id: ADMIN });
    admin.send("/stats");
    const [stats] = await emu.waitForMessages(ADMIN, 1);
    expect(emu.renderedText(stats!)).toMatch(/Instance \S+:\d+:\S+ leads \(PostgreSQL\)/);
  });

  it("in webhook mode a standby answers the updates posted to it, from a page the leader published after it started", { timeout: 60_000 }, async () => {
    const emu = createBotApiEmulator();
    await emu.start();
    cleanups.push(() => emu.stop());
    const url = newPostgresDatabase();
    const corpusDir = tempDir("pg-hook-corpus");
    copyFileSync(join(CORPUS_DIR, SEED_PAGE), join(corpusDir, SEED_PAGE));
    const hooked = async (corpus: string | null) => {
      const port = await freePort();
      const env = { BOT_TOKEN: emu.token, TELEGRAM_API_ROOT: emu.apiRoot, DATABASE_URL: url, WEBHOOK_URL: "https://bot.example.com/hook", WEBHOOK_SECRET: SECRET, PORT: String(port) };
      const loaded = corpus ? testConfig({ ...env, CORPUS_DIR: corpus }) : { ...testConfig(env), corpusDir: null };
      // WEBHOOK_URL must be https; the emulator posts to a plain local server, which no variable can name.
      return { ...loaded, webhook: { ...loaded.webhook!, url: `http://127.0.0.1:${port}/hook` } };
    };
    const leader = createApp({ config: await hooked(corpusDir), logger: silentLogger, webhookHost: "127.0.0.1", tuning: FAST });
    cleanups.push(() => leader.stop());
    await leader.start();
    // The standby sets the webhook last: Telegram posts every update to it.
    const standby = createApp({ config: await hooked(null), logger: silentLogger, webhookHost: "127.0.0.1", tuning: FAST });
    cleanups.push(() => standby.stop());
    await standby.start();
    expect([leader.leading(), standby.leading()]).toEqual([true, false]);

    const aside = join(corpusDir, `${NEW_PAGE}.tmp`);
    writeFileSync(aside, readFileSync(join(FIXTURES, "pages", NEW_PAGE), "utf8"));
    renameSync(aside, join(corpusDir, NEW_PAGE));
    expect(await askAboutFerries(emu)).toContain("twice a day");
    expect(emu.calls.some((call) => call.method === "getUpdates")).toBe(false);
  });
});
