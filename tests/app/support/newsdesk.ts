import { copyFileSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { createApp, type App } from "../../../src/app/create-app.js";
import type { ServiceTuning } from "../../../src/app/tuning.js";
import type { Config } from "../../../src/config/load-config.js";
import { createBotApiEmulator, type BotApiEmulator, type EmulatorOptions } from "../../../src/emulator/emulator.js";
import { renderFormatted } from "../../../src/emulator/message-text.js";
import type { BotMessage } from "../../../src/emulator/telegram-types.js";
import type { LaunchTimings } from "../../../src/bot/launch-bot.js";
import { silentLogger, type Logger } from "../../../src/log/logger.js";
import { STORE_DEFAULTS } from "../../../src/store/defaults.js";
import { createSqliteStore } from "../../../src/store/sqlite-store.js";
import type { Store } from "../../../src/store/types.js";
import { CORPUS_DIR, testConfig } from "../helpers.js";
import type { ShiftedClock } from "./shifted-clock.js";
import { waitUntil } from "./wait-until.js";

export const SITE_ZONE = "Asia/Baku";
export const SEED_PAGE = "irans-growing-paranoia-toward-azerbaijan.txt";
export const FIXTURES = fileURLToPath(new URL("../fixtures/", import.meta.url));

export interface NewsdeskOptions {
  /** Variables as `npm start` reads them (FEEDS, ADMIN_IDS...); the token, API root and folders are set here. */
  env?: Record<string, string>;
  /** Settings no variable can give (a feed interval under the minimum). */
  config?: Partial<Config>;
  clock?: ShiftedClock;
  emulator?: EmulatorOptions;
  /** Runs on the store in DATA_DIR before the app opens it (subscribers already there at start). */
  seed?: (store: Store) => Promise<unknown>;
  logger?: Logger;
  /** Long polling's timeout, watchdog and backoff, and the stop's waits. */
  telegram?: Partial<LaunchTimings>;
  /** The article page fetcher's spacing and limits. */
  pages?: ServiceTuning["pages"];
}

export interface Newsdesk {
  emu: BotApiEmulator;
  app: App;
  corpusDir: string;
  dataDir: string;
  /** Puts a page into the corpus folder at once (written aside, then renamed), as a site scraper would. */
  dropPage(fixture: string, text?: string): void;
  /** Reads the store in DATA_DIR through a connection of the test's own, beside the app's. */
  readStore<T>(read: (store: Store) => Promise<T>): Promise<T>;
  /** Stops the app and starts a new one on the same DATA_DIR, corpus and emulator, as a restart of the process does. */
  restart(): Promise<void>;
  stop(): Promise<void>;
}

const openStore = (dataDir: string, now: () => number) =>
  createSqliteStore({ dataDir, siteTimezone: SITE_ZONE, logger: silentLogger, now });

/**
 * The whole app as `npm start` runs it (store in a temporary DATA_DIR, the corpus watcher on a temporary
 * CORPUS_DIR holding the seed page, delivery, feeds) against the emulator on 127.0.0.1; started and polling.
 */
export async function startNewsdesk(options: NewsdeskOptions = {}): Promise<Newsdesk> {
  const emu = createBotApiEmulator(options.emulator);
  await emu.start();
  const corpusDir = mkdtempSync(join(tmpdir(), "newsdesk-corpus-"));
  const dataDir = mkdtempSync(join(tmpdir(), "newsdesk-data-"));
  copyFileSync(join(CORPUS_DIR, SEED_PAGE), join(corpusDir, SEED_PAGE));
  const now = options.clock?.now ?? Date.now;
  if (options.seed) {
    const store = openStore(dataDir, now);
    await options.seed(store);
    await store.close();
  }
  const config: Config = {
    ...testConfig({ BOT_TOKEN: emu.token, TELEGRAM_API_ROOT: emu.apiRoot, CORPUS_DIR: corpusDir, DATA_DIR: dataDir, ...options.env }),
    ...options.config,
  };
  const newApp = () =>
    createApp({
      config,
      logger: options.logger ?? silentLogger,
      now,
      tuning: {
        telegram: options.telegram,
        delivery: { digestCheckMs: 50 },
        corpusWatch: { debounceMs: 20, settleMs: 0, intervalMs: 1000 },
        pages: options.pages,
        ...(options.clock ? { sleep: options.clock.sleep } : {}),
      },
    });
  let app = newApp();
  await app.start();
  await emu.waitForPolling();
  // By the database file's path: a look from outside, beside the app, which DATA_DIR's lock would refuse.
  const reader = createSqliteStore({ path: join(dataDir, STORE_DEFAULTS.fileName), siteTimezone: SITE_ZONE, logger: silentLogger, now });
  return {
    emu,
    get app() {
      return app;
    },
    corpusDir,
    dataDir,
    dropPage(fixture, text) {
      const body = text ?? readFileSync(join(FIXTURES, "pages", fixture), "utf8");
      const aside = join(corpusDir, `${fixture}.tmp`);
      writeFileSync(aside, body);
      renameSync(aside, join(corpusDir, fixture));
    },
    readStore: (read) => read(reader),
    async restart() {
      await app.stop();
      app = newApp();
      await app.start();
      await emu.waitForPolling();
    },
    async stop() {
      await reader.close();
      await app.stop();
      await emu.stop();
      rmSync(corpusDir, { recursive: true, force: true });
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** What a message shows, as the reader sees it. */
export const shown = (emu: BotApiEmulator, message: BotMessage | undefined): string =>
  message ? emu.renderedText(message) : "";

/** Our HTML as a reader sees it. */
export const asShown = (html: string): string => renderFormatted(html, "HTML", undefined).text;

/** The first line of each message: a push's headline, an answer's heading. */
export const firstLines = (emu: BotApiEmulator, messages: readonly BotMessage[]): string[] =>
  messages.map((message) => shown(emu, message).split("\n")[0] ?? "");

/**
 * The titles pushed in each message: a message listing a burst ("3 new headlines", then "1. Title" lines, in any
 * language) gives each listed title; a single push gives its headline, its first line.
 */
export const pushedTitles = (emu: BotApiEmulator, messages: readonly BotMessage[]): string[] =>
  messages.flatMap((message) => {
    const lines = shown(emu, message).split("\n");
    if (!/^\d+ \D+$/.test(lines[0] ?? "") || !lines.some((line) => line.startsWith("1. "))) return [lines[0] ?? ""];
    return lines.flatMap((line) => /^\d+\. (.+)$/.exec(line)?.slice(1) ?? []);
  });

/** Resolves once every queued message has been sent or given up, none pending nor in flight. */
export const outboxDrained = (desk: Newsdesk): Promise<void> =>
  waitUntil(
    () => desk.readStore(async (store) => !(await store.outbox.hasPending()) && (await store.outbox.list({ status: "sending" })).length === 0),
    "the outbox to drain",
  );
