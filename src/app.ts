import type { Context, Telegraf } from "telegraf";
import type { Config } from "./config/load-config.js";
import { CONFIG_ERRORS, ConfigError } from "./config/errors.js";
import { loadCorpus } from "./corpus/load-corpus.js";
import type { Corpus } from "./corpus/types.js";
import type { Logger } from "./log/logger.js";
import { createSearchEngine } from "./search/engine.js";
import { loadLanguage } from "./search/language.js";
import type { SearchEngine } from "./search/types.js";
import { menuCommands } from "./bot/commands.js";
import { createBot } from "./bot/create-bot.js";
import type { BotFeature } from "./bot/deps.js";
import { launchBot, type RunningBot } from "./bot/launch-bot.js";

export interface AppOptions {
  config: Config;
  logger: Logger;
  /** Features plugged into the bot before its catch-all (subscriptions...). */
  features?: BotFeature[];
  /** The clock of flood control; tests pass a fake one. */
  now?: () => number;
  /** The address the webhook server listens on; all interfaces unless given. */
  webhookHost?: string;
}

export interface App {
  bot: Telegraf<Context>;
  /** Loads the corpus, builds its index and starts taking updates. */
  start(): Promise<void>;
  /** Stops taking updates, lets the updates in hand finish, and closes what the app opened. */
  stop(): Promise<void>;
}

const EMPTY_CORPUS: Corpus = Object.freeze({ articles: [], headlines: [] });

/**
 * The composition root: the one place where the parts are created and wired. The corpus and its
 * index sit behind getters so that a reload can replace them while the bot runs.
 */
export function createApp(options: AppOptions): App {
  const { config, logger } = options;
  if (!config.botToken) throw new ConfigError([CONFIG_ERRORS.missingToken]);
  const token = config.botToken;

  let corpus: Corpus = EMPTY_CORPUS;
  // The bot takes no updates before start() has loaded the corpus; until then nothing answers.
  let search: SearchEngine = { search: () => [] };
  const features = options.features ?? [];

  const bot = createBot(token, {
    apiRoot: config.telegramApiRoot,
    getCorpus: () => corpus,
    getSearch: () => search,
    siteTimezone: config.siteTimezone,
    logger: logger.child({ part: "bot" }),
    features,
    now: options.now,
  });

  let starting: Promise<RunningBot> | null = null;
  let stopping: Promise<void> | null = null;

  const launch = async (): Promise<RunningBot> => {
    const loaded = await loadCorpus(config.corpusDir, { timezone: config.siteTimezone });
    for (const { file, reason } of loaded.skipped) logger.warn({ file, reason }, "corpus file skipped");
    corpus = loaded.corpus;
    search = createSearchEngine(corpus, { language: loadLanguage() });
    logger.info({ articles: corpus.articles.length, headlines: corpus.headlines.length }, "corpus loaded");
    return launchBot(bot, {
      token,
      commands: menuCommands(features),
      webhook: config.webhook ? { ...config.webhook, host: options.webhookHost } : null,
      logger,
    });
  };

  return {
    bot,
    async start() {
      starting ??= launch();
      await starting;
    },
    stop() {
      stopping ??= (async () => {
        // A stop during the start waits for it, so that nothing starts after the stop.
        const running = await starting?.catch(() => null);
        await running?.stop();
        logger.info({}, "bot stopped");
      })();
      return stopping;
    },
  };
}

/** Stops cleanly on SIGINT or SIGTERM, then exits; a second signal while stopping exits at once. */
export function exitOnSignals(stop: () => Promise<void>, logger: Logger): void {
  let stopping = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (stopping) process.exit(1);
    stopping = true;
    logger.info({ signal }, "stopping");
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
