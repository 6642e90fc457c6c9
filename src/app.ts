import type { Context, Telegraf } from "telegraf";
import type { Config } from "./config/load-config.js";
import { CONFIG_ERRORS, ConfigError } from "./config/errors.js";
import type { Corpus } from "./corpus/types.js";
import type { Logger } from "./log/logger.js";
import { buildIndex, buildSearchEngine } from "./search/engine.js";
import { undoNewSave } from "./saved-index/corpus-save.js";
import { goneFrom, maskEngine } from "./search/masked-engine.js";
import { findExplanation } from "./search/explanation.js";
import { loadLanguage, type Language } from "./search/language.js";
import type { SearchEngine } from "./search/types.js";
import { menuCommands } from "./bot/commands.js";
import { createBot } from "./bot/create-bot.js";
import type { BotFeature } from "./bot/deps.js";
import { subscriptionFeature } from "./bot/features/subscriptions.js";
import { launchBot, type RunningBot } from "./bot/launch-bot.js";
import { createTelegramHolds } from "./bot/telegram/holds.js";
import { createTelegramSendPort } from "./bot/telegram-send-port.js";
import { createServices, type Services, type ServiceTuning } from "./app/services.js";
import { databaseExists, undoNewDatabase } from "./store/open-database.js";
import { parseHtml } from "./corpus/parse-html.js";

export interface AppOptions {
  config: Config;
  logger: Logger;
  /** Features plugged into the bot after the subscriptions and before the built-in ones. */
  features?: BotFeature[];
  /** The app's clock: flood control, the store, delivery, digests and quiet hours. Tests pass a fake one. */
  now?: () => number;
  /** The address the webhook server listens on; all interfaces unless given. */
  webhookHost?: string;
  /** Timings of delivery and the corpus watch, for tests. */
  tuning?: ServiceTuning;
  /** Called when the bot stops taking updates by itself, on an error it cannot get past. */
  onFailure?: (error: unknown) => void;
}

export interface App {
  bot: Telegraf<Context>;
  /** Opens the store, loads the corpus, starts taking updates, then starts delivery and the sources. */
  start(): Promise<void>;
  /** Stops taking updates and lets the updates in hand finish, stops the sources and delivery, closes the store. */
  stop(): Promise<void>;
}

const EMPTY_CORPUS: Corpus = Object.freeze({ articles: [], headlines: [] });

/**
 * The composition root: the one place where the parts are created and wired. The corpus and its index sit
 * behind getters so that the corpus watcher can replace them while the bot runs; the store opens at start.
 */
export function createApp(options: AppOptions): App {
  const { config, logger } = options;
  if (!config.botToken) throw new ConfigError([CONFIG_ERRORS.missingToken]);
  const token = config.botToken;
  const now = options.now ?? Date.now;

  let corpus: Corpus = EMPTY_CORPUS;
  // The bot takes no updates before start() has loaded the corpus; until then nothing answers.
  let search: SearchEngine = { search: () => [], wordShares: () => ({ passages: 0, words: [] }) };
  let services: Services | null = null;
  const getStore = () => {
    if (!services) throw new Error("the store opens when the app starts");
    return services.store;
  };
  const holds = createTelegramHolds({ getStore: () => getStore().telegramHolds, now, sleep: options.tuning?.sleep });
  // The old corpus answers until the new index is built: building it pauses for updates between its steps.
  // The folder's first load saves a fresh index (the bot takes no updates yet); later ones do not, as
  // writing the save holds the event loop for seconds at 10,000 pages: the next start re-parses what changed.
  let firstPublication = true;
  const swapCorpus = async (next: Corpus, language: Language) => {
    // A removed or changed page is not answered from while the new index is built.
    search = maskEngine(search, goneFrom(corpus, next));
    const save = services?.corpusSave;
    const saved = save?.indexOf(next);
    const index = saved ?? (await buildIndex(next));
    search = await buildSearchEngine(next, { language, index });
    corpus = next;
    if (firstPublication && !saved) await save?.store(next, index);
    firstPublication = false;
  };

  const subscriptions = subscriptionFeature({
    getStore,
    getCorpus: () => corpus,
    getSearch: () => search,
    siteTimezone: config.siteTimezone,
    adminIds: config.adminIds,
    now,
    logger: logger.child({ part: "subscriptions" }),
  });
  const features = [subscriptions, ...(options.features ?? [])];
  const bot = createBot(token, {
    apiRoot: config.telegramApiRoot,
    getCorpus: () => corpus,
    getSearch: () => search,
    siteTimezone: config.siteTimezone,
    timezoneOf: (userId) => services?.store.subscribers.get(userId)?.timezone ?? null,
    logger: logger.child({ part: "bot" }),
    features,
    now,
    holds,
  });

  let starting: Promise<RunningBot> | null = null;
  let stopping: Promise<void> | null = null;
  // A stop during the start ends it, even while it waits out a 429 window.
  const startAbort = new AbortController();

  const launch = async (): Promise<RunningBot> => {
    const language = loadLanguage();
    // On a first start Telegram is asked first, so that a start it refuses (a revoked token, no network) opens no
    // database, and a start that fails later takes back the database it created: a failed first start leaves
    // nothing in DATA_DIR. A restart opens its database first instead: it may hold a 429 window to wait out.
    if (!databaseExists(config.dataDir)) bot.botInfo = await bot.telegram.getMe();
    const undoDatabase = undoNewDatabase(config.dataDir);
    const undoSave = undoNewSave(config.dataDir);
    const opened = createServices({
      config,
      logger,
      now,
      language,
      send: createTelegramSendPort(bot.telegram, { secrets: [token], holds, paidBroadcast: config.paidBroadcast }),
      onCorpus: (next) => swapCorpus(next, language),
      // Fetched article pages are read as the corpus reads saved HTML pages.
      readPage: parseHtml,
      canExplain: (item) => findExplanation(search, item) !== null,
      tuning: options.tuning,
    });
    services = opened;
    try {
      await opened.loadCorpus();
      const running = await launchBot(bot, {
        token,
        commands: menuCommands(features),
        webhook: config.webhook ? { ...config.webhook, host: options.webhookHost } : null,
        logger,
        holds,
        signal: startAbort.signal,
        timings: options.tuning?.telegram,
        sleep: options.tuning?.sleep,
        onFailure: options.onFailure,
      });
      opened.startDelivery();
      return running;
    } catch (error) {
      await opened.stop();
      undoSave();
      undoDatabase();
      throw error;
    }
  };

  return {
    bot,
    async start() {
      starting ??= launch();
      await starting;
    },
    stop() {
      stopping ??= (async () => {
        // A stop during the start ends it and waits for it, so that nothing starts after the stop.
        startAbort.abort();
        const running = await starting?.catch(() => null);
        await running?.stop();
        await services?.stop();
        logger.info({}, "bot stopped");
      })();
      return stopping;
    },
  };
}

/** However Telegram answers (or not) the last calls, a stop ends the process within this; supervisors wait 10 s. */
export const STOP_DEADLINE_MS = 9000;

/**
 * Stops cleanly on SIGINT or SIGTERM, then exits; a second signal while stopping exits at once, and so does a stop
 * that has not ended by the deadline (a send Telegram never answers).
 */
export function exitOnSignals(stop: () => Promise<void>, logger: Logger): void {
  let stopping = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (stopping) process.exit(1);
    stopping = true;
    logger.info({ signal }, "stopping");
    setTimeout(() => {
      logger.warn({ deadlineMs: STOP_DEADLINE_MS }, "stop did not end in time; exiting");
      process.exit(1);
    }, STOP_DEADLINE_MS).unref();
    stop().then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error({ error: String(error) }, "stop failed");
        process.exit(1);
      },
    );
  };
  process.on("SIGINT", onSignal);
  process.on("SIGTERM", onSignal);
}
