import { afterAll, beforeAll, expect } from "vitest";
import { fileURLToPath } from "node:url";
import type { Context, Telegraf } from "telegraf";
import { commandMenus } from "../../../src/bot/commands.js";
import { createBot } from "../../../src/bot/create-bot.js";
import type { BotFeature } from "../../../src/bot/deps.js";
import { launchBot, type LaunchTimings, type RunningBot } from "../../../src/bot/launch-bot.js";
import { createMemoryHoldStore, createTelegramHolds } from "../../../src/bot/telegram/holds.js";
import { loadCorpus } from "../../../src/corpus/file-parts.js";
import type { Corpus } from "../../../src/corpus/types.js";
import { createBotApiEmulator, type BotApiEmulator } from "../../../src/emulator/emulator.js";
import type { ApiCall, BotMessage } from "../../../src/emulator/telegram-types.js";
import { silentLogger, type Logger } from "../../../src/log/logger.js";
import { createSearchEngine } from "../../../src/search/engine.js";
import { loadLanguage, type Language } from "../../../src/search/language.js";
import type { SearchEngine } from "../../../src/search/types.js";
import type { ChatLanguage, ChatLanguageStore } from "../../../src/store/types.js";
import { TEXTS_BY_LANGUAGE } from "../../support/texts.js";

export const SITE_ZONE = "Asia/Baku";
/** The chats' languages, in memory: what the store's chat_languages table keeps. */
function createMemoryChatLanguages(): ChatLanguageStore {
  const languages = new Map<number, ChatLanguage>();
  return {
    get: async (chatId) => languages.get(chatId) ?? null,
    all: async () => new Map(languages),
    async set(chatId, language, how) {
      if (how === "chosen" || !languages.get(chatId)?.chosen) languages.set(chatId, { language, chosen: how === "chosen" });
    },
  };
}

export const CORPUS_DIR = fileURLToPath(new URL("../../../corpus/", import.meta.url));

let language: Language | null = null;
let realCorpus: Promise<Corpus> | null = null;

/** The project's real page, parsed once per test file. */
export function loadRealCorpus(): Promise<Corpus> {
  realCorpus ??= loadCorpus(CORPUS_DIR, { timezone: SITE_ZONE }).then((loaded) => loaded.corpus);
  return realCorpus;
}

export interface Harness {
  emu: BotApiEmulator;
  bot: Telegraf<Context>;
  /** Swaps the corpus under the running bot, as a live reload does. */
  setCorpus(corpus: Corpus): void;
  /** Stops the bot and starts a new one on the same emulator, as a restart of the process does. */
  restartBot(): Promise<void>;
  stop(): Promise<void>;
}

/** The emulator on 127.0.0.1 and the real bot, long polling it through its apiRoot. */
export async function startHarness(options: {
  corpus?: Corpus;
  now?: () => number;
  features?: BotFeature[];
  logger?: Logger;
  /** Long polling's timeout, watchdog and backoff, shorter than in production. */
  timings?: Partial<LaunchTimings>;
  /** Changes what the real engine returns, as another version of the engine would (answers marked related...). */
  wrapSearch?: (engine: SearchEngine) => SearchEngine;
} = {}): Promise<Harness> {
  language ??= loadLanguage();
  const wrap = options.wrapSearch ?? ((engine: SearchEngine) => engine);
  let corpus = options.corpus ?? (await loadRealCorpus());
  let search = wrap(createSearchEngine(corpus, { language }));
  const emu = createBotApiEmulator();
  await emu.start();
  const logger = options.logger ?? silentLogger;
  const features = options.features ?? [];
  const holdStore = createMemoryHoldStore();
  // Kept across the harness's restarts, as the store keeps it across the app's.
  const chatLanguages = createMemoryChatLanguages();
  // Real time, whatever clock flood control is given: a 429 window ends as Telegram counts.
  const holds = createTelegramHolds({ getStore: () => holdStore, now: Date.now });
  const launch = async (): Promise<{ bot: Telegraf<Context>; running: RunningBot }> => {
    const bot = createBot(emu.token, {
      apiRoot: emu.apiRoot,
      getCorpus: () => corpus,
      getSearch: () => search,
      readerZone: async () => SITE_ZONE,
      logger,
      features,
      now: options.now,
      holds,
      texts: TEXTS_BY_LANGUAGE,
      chatLanguages,
    });
    const running = await launchBot(bot, { token: emu.token, menus: commandMenus(TEXTS_BY_LANGUAGE, features), webhook: null, logger, holds, timings: options.timings });
    await emu.waitForPolling();
    return { bot, running };
  };
  let current = await launch();
  return {
    emu,
    get bot() {
      return current.bot;
    },
    async restartBot() {
      await current.running.stop();
      current = await launch();
    },
    setCorpus(next) {
      corpus = next;
      search = wrap(createSearchEngine(next, { language: language! }));
    },
    async stop() {
      await current.running.stop();
      await emu.stop();
    },
  };
}

/** Every call the emulator refused as Telegram would (a 400 for bad HTML, a too long text, bad buttons...). */
/**
 * The harness of a describe block's tests: started before them and stopped after, when nothing the bot
 * sent may have been refused by Telegram's rules (bad HTML, empty or too long text, bad buttons).
 */
export function useHarness(options: Parameters<typeof startHarness>[0] = {}): Harness {
  const harness = {} as Harness;
  beforeAll(async () => {
    Object.assign(harness, await startHarness(options));
  });
  afterAll(async () => {
    expect(refusedCalls(harness.emu)).toEqual([]);
    await harness.stop();
  });
  return harness;
}

export function refusedCalls(emu: BotApiEmulator): ApiCall[] {
  return emu.calls.filter((call) => call.response !== null && !call.response.ok);
}

/** The captions of a message's inline buttons, in reading order. */
export function buttonsOf(message: BotMessage | undefined): string[] {
  const markup = message?.reply_markup;
  if (!markup || !("inline_keyboard" in markup) || !Array.isArray(markup.inline_keyboard)) return [];
  return (markup.inline_keyboard as Array<Array<{ text: string }>>).flat().map((button) => button.text);
}

/** The words a message shows in bold. */
export function boldIn(emu: BotApiEmulator, message: BotMessage): string[] {
  const text = emu.renderedText(message);
  return emu
    .entities(message)
    .filter((entity) => entity.type === "bold")
    .map((entity) => text.slice(entity.offset, entity.offset + entity.length));
}
