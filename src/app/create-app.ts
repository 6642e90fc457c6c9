import type { Context, Telegraf } from "telegraf";
import { createBot } from "../bot/create-bot.js";
import type { BotFeature } from "../bot/deps.js";
import { questionsFeature } from "../bot/features/questions.js";
import { subscriptionFeature } from "../bot/features/subscriptions.js";
import { launchBot, type RunningBot } from "../bot/launch-bot.js";
import { createTelegramHolds, type TelegramHolds } from "../bot/telegram/holds.js";
import type { Config } from "../config/load-config.js";
import { CONFIG_ERRORS, ConfigError } from "../config/errors.js";
import type { Corpus } from "../corpus/types.js";
import { appConsole } from "../console/app-console.js";
import type { EditorsConsole } from "../console/console-server.js";
import type { StatsReport } from "../delivery/compose-stats.js";
import type { Logger } from "../log/logger.js";
import { loadHashKey } from "../questions/hash-key.js";
import { createIdHasher, type IdHasher } from "../questions/id-hasher.js";
import { createQuestionLog } from "../questions/question-log.js";
import { undoNewSave } from "../saved-index/corpus-save.js";
import { loadLanguage } from "../search/language.js";
import type { SearchEngine } from "../search/types.js";
import { databaseExists, undoNewDatabase } from "../store/open-database.js";
import type { Store } from "../store/types.js";
import { createSubscriptionService } from "../subscriptions/subscription-service.js";
import { createInstanceRoles, type InstanceRoles } from "./instance-roles.js";
import { createLiveSearch, NO_SEARCH, type LiveSearch } from "./live-search.js";
import { createAppLanguages, type AppLanguages } from "./languages.js";
import { openParts, type Opened } from "./open-parts.js";
import { leaderDuties, standbyDuties } from "./role-duties.js";
import type { ServiceTuning } from "./tuning.js";

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
  /** A one-time login link to the editors' console, as /console gives one; null when the console is off or not started. */
  consoleLink(): string | null;
  /** Whether this instance leads (polls updates, watches the corpus, sends); with SQLite, once started, always. */
  leading(): boolean;
}

/** Where the bot reads the parts that open or change while it runs. */
interface Live {
  getStore(): Store;
  /** /stats: the store's figures and which instance leads. */
  stats(now: number): Promise<StatsReport>;
  getCorpus(): Corpus;
  getSearch(): SearchEngine;
}

const EMPTY_CORPUS: Corpus = Object.freeze({ articles: [], headlines: [] });

/** The bot with its features: the subscription rules as a service, and the features that call it. */
function wireBot(
  options: AppOptions,
  token: string,
  wiring: { live: Live; holds: TelegramHolds; languages: AppLanguages; hashId: IdHasher; editorsConsole: EditorsConsole | null },
) {
  const { config, logger } = options;
  const { live, holds, languages, hashId, editorsConsole } = wiring;
  const now = options.now ?? Date.now;
  const subscriptions = createSubscriptionService({
    getStore: live.getStore,
    siteTimezone: config.siteTimezone,
    wordShares: (text) => live.getSearch().wordShares(text),
    logger: logger.child({ part: "subscriptions" }),
  });
  const questions = createQuestionLog({ getStore: () => live.getStore().questions, hashId, now, logger: logger.child({ part: "questions" }) });
  const features = [
    subscriptionFeature({
      subscriptions,
      itemById: (id) => live.getStore().items.get(id),
      stats: live.stats,
      getCorpus: live.getCorpus,
      getSearch: live.getSearch,
      adminIds: config.adminIds,
      now,
      logger: logger.child({ part: "subscriptions" }),
    }),
    questionsFeature({ questions, retentionDays: config.questionRetentionDays, adminIds: config.adminIds, console: editorsConsole }),
    ...(options.features ?? []),
  ];
  const bot = createBot(token, {
    apiRoot: config.telegramApiRoot,
    getCorpus: live.getCorpus,
    getSearch: live.getSearch,
    readerZone: subscriptions.readerZone,
    logger: logger.child({ part: "bot" }),
    features,
    now,
    holds,
    questions,
    texts: languages.texts,
    chatLanguages: languages.chatLanguages,
  });
  return { bot, features };
}

/**
 * The composition root: the one place where the parts are created and wired. The bot and the subscription rules
 * are made here at once; the store, delivery and the sources at start, so that a start Telegram refuses opens no
 * database. The corpus and its index sit behind getters, as the corpus watcher replaces them while the bot runs.
 */
export function createApp(options: AppOptions): App {
  const { config, logger } = options;
  if (!config.botToken) throw new ConfigError([CONFIG_ERRORS.missingToken]);
  const token = config.botToken;
  const now = options.now ?? Date.now;

  let corpus: Corpus = EMPTY_CORPUS;
  // The bot takes no updates before start() has loaded the corpus; until then nothing answers.
  let liveSearch: LiveSearch | null = null;
  let opened: Opened | null = null;
  const live: Live = {
    getStore: () => {
      if (!opened) throw new Error("the store opens when the app starts");
      return opened.store;
    },
    getCorpus: () => corpus,
    getSearch: () => liveSearch?.engine() ?? NO_SEARCH,
    async stats(at) {
      const store = live.getStore();
      const leadership = opened?.leadership;
      const instances = leadership && { self: leadership.instanceId, leader: await leadership.leader(), database: store.backend };
      return { ...(await store.stats(at)), ...(instances && { instances }) };
    },
  };
  const holds = createTelegramHolds({
    getStore: () => live.getStore().telegramHolds,
    now,
    sleep: options.tuning?.sleep,
    onError: (error) => logger.error({ err: String(error) }, "a 429 window could not be kept in the store"),
  });
  const languages = createAppLanguages(live.getStore);
  // The key is read (or made) at the first kept question, so that a failed first start leaves DATA_DIR empty.
  const hashId = createIdHasher(() => loadHashKey(config.questionHashKey, config.dataDir));
  const editorsConsole = appConsole(config, {
    getStore: live.getStore,
    corpusStatus: () => {
      if (!opened) throw new Error("the corpus loads when the app starts");
      return opened.sources.status();
    },
    now,
    logger,
    deliveryTexts: languages.deliveryTextsIn("en"),
  });
  const { bot, features } = wireBot(options, token, { live, holds, languages, hashId, editorsConsole });

  // The old corpus answers until the new segment is indexed: a removed or changed page is masked at once.
  const swapCorpus = async (next: Corpus) => {
    await liveSearch?.publish(next);
    corpus = next;
  };

  let closing: Promise<void> | null = null;
  /** Leaves the instance's role (its duties stopped: the sender once its sends in flight are answered), then closes. */
  const close = (parts: Opened): Promise<void> => {
    closing ??= (async () => {
      await editorsConsole?.stop();
      await roles?.stop();
      await parts.sources.stop();
      await liveSearch?.stop();
      await parts.shared?.close();
      await parts.store.close();
    })();
    return closing;
  };

  let starting: Promise<void> | null = null;
  let stopping: Promise<void> | null = null;
  let roles: InstanceRoles | null = null;
  let webhook: RunningBot | null = null;
  // A stop during the start ends it, even while it waits out a 429 window.
  const startAbort = new AbortController();
  const takeUpdates = (webhookOptions: AppOptions["config"]["webhook"]) =>
    launchBot(bot, {
      token,
      menus: languages.menus(features),
      webhook: webhookOptions ? { ...webhookOptions, host: options.webhookHost } : null,
      logger,
      holds,
      signal: startAbort.signal,
      timings: options.tuning?.telegram,
      sleep: options.tuning?.sleep,
      onFailure: options.onFailure,
    });

  const launch = async (): Promise<void> => {
    const language = loadLanguage();
    const sqlite = config.databaseUrl === null;
    // On a first start Telegram is asked first, so that a start it refuses (a revoked token, no network) opens no
    // database, and a start that fails later takes back the database it created: a failed first start leaves
    // nothing in DATA_DIR. A restart opens its database first instead: it may hold a 429 window to wait out.
    if (sqlite && !databaseExists(config.dataDir)) bot.botInfo = await bot.telegram.getMe();
    const undoDatabase = sqlite ? undoNewDatabase(config.dataDir) : () => {};
    const undoSave = undoNewSave(config.dataDir);
    const wiring = { token, telegram: bot.telegram, holds, language, getSearch: live.getSearch, languages };
    const parts = await openParts(options, wiring, swapCorpus);
    liveSearch = createLiveSearch({ language, corpusSave: parts.sources.corpusSave, logger: logger.child({ part: "search" }) });
    opened = parts;
    try {
      // What the bot reads on every update or send is read once here: Telegram's windows and the chats' languages.
      const reload = () => Promise.all([holds.load(), languages.chatLanguages.load()]).then(() => undefined);
      await reload();
      await editorsConsole?.start();
      roles = createInstanceRoles({
        leadership: parts.leadership,
        leader: leaderDuties({ parts, reload, pollUpdates: config.webhook ? null : () => takeUpdates(null) }),
        standby: standbyDuties(parts),
        logger,
      });
      await roles.start();
      // Every instance answers the updates posted to it; only the leader polls (two pollers get 409s).
      if (config.webhook) webhook = await takeUpdates(config.webhook);
    } catch (error) {
      await close(parts);
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
        await starting?.catch(() => null);
        await webhook?.stop();
        if (opened) await close(opened);
        logger.info({}, "bot stopped");
      })();
      return stopping;
    },
    consoleLink: () => editorsConsole?.issueLink() ?? null,
    leading: () => roles?.leading() ?? false,
  };
}
