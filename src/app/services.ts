import type { LaunchTimings } from "../bot/launch-bot.js";
import type { Config } from "../config/load-config.js";
import type { Corpus } from "../corpus/types.js";
import type { DeliveryDefaults } from "../delivery/defaults.js";
import type { CanExplain } from "../delivery/fan-out.js";
import { createDigestScheduler } from "../delivery/digest-scheduler.js";
import { createIngest } from "../delivery/ingest.js";
import { createSender } from "../delivery/sender.js";
import type { SendPort } from "../delivery/types.js";
import type { Logger } from "../log/logger.js";
import { createBatchFollowMatcher } from "../search/batch-follow-matcher.js";
import { createFollowMatcher } from "../search/follow-matcher.js";
import type { Language } from "../search/language.js";
import { createArticleFetcher, type ReadPage } from "../sources/article-fetcher.js";
import { createCorpusWatcher } from "../sources/corpus-watcher.js";
import { PAGE_FETCH_DEFAULTS, type PageFetchSettings } from "../sources/defaults.js";
import { createFeedLibrary } from "../sources/feed-library.js";
import { createFeedPoller } from "../sources/feed-poller.js";
import { createCorpusHub } from "./corpus-hub.js";
import { createSqliteStore } from "../store/sqlite-store.js";
import { createCorpusSave, type CorpusSave } from "../saved-index/corpus-save.js";
import type { Store } from "../store/types.js";

/** Timings a test or a benchmark can change; each part's defaults hold otherwise. */
export interface ServiceTuning {
  /** Delivery's limits and intervals, such as how often digests are looked for. */
  delivery?: Partial<DeliveryDefaults>;
  /** The corpus folder's rescan interval, event debounce and the age a new file must reach. */
  corpusWatch?: { intervalMs?: number; debounceMs?: number; settleMs?: number };
  /** How the sender and the 429 windows wait; a test whose clock jumps ends the wait at the jump. */
  sleep?: (ms: number, signal: AbortSignal) => Promise<void>;
  /** Long polling's timeout and watchdog, its backoff, and the stop's waits. */
  telegram?: Partial<LaunchTimings>;
  /** The article page fetcher's limits and spacing. */
  pages?: Partial<PageFetchSettings>;
}

export interface ServiceDeps {
  config: Config;
  logger: Logger;
  /** The clock of the store, delivery, digests and feed schedules. */
  now: () => number;
  language: Language;
  send: SendPort;
  /** Whether an article explains an item (the bot's search): a push offers Explain only then. */
  canExplain: CanExplain;
  /** A fresh corpus (the folder's pages and the feeds' stories), before its new items are pushed: the bot answers from it once this settles. */
  onCorpus(corpus: Corpus): void | Promise<void>;
  /** Reads a fetched article page (src/corpus/parse-html.ts); without one, link-only feed items stay headlines. */
  readPage?: ReadPage;
  tuning?: ServiceTuning;
}

/** What runs beside the bot: the store, the sources that find new items, and the delivery that sends them. */
export interface Services {
  store: Store;
  /** The parsed corpus and its index saved in DATA_DIR: the index of an unchanged folder is read, not built. */
  corpusSave: CorpusSave;
  /** Loads the corpus a first time (recording what it holds, pushing nothing), then watches its folder. */
  loadCorpus(): Promise<void>;
  /** Starts sending the outbox, queuing digests and polling feeds. */
  startDelivery(): void;
  /** Stops the sources, then the sender once its sends in flight are answered, then closes the store. */
  stop(): Promise<void>;
}

/** Opens the store in DATA_DIR and creates, unstarted, the parts around it. */
export function createServices(deps: ServiceDeps): Services {
  const { config, now, tuning } = deps;
  const logger = (part: string) => deps.logger.child({ part });
  const store = createSqliteStore({ dataDir: config.dataDir, siteTimezone: config.siteTimezone, logger: logger("store"), now });
  const sender = createSender({
    store,
    send: deps.send,
    now,
    logger: logger("sender"),
    rate: config.deliveryRate,
    paidBroadcast: config.paidBroadcast,
    limits: tuning?.delivery,
    sleep: tuning?.sleep,
  });
  const matchFollow = createFollowMatcher(deps.language);
  const ingest = createIngest({
    store,
    matchFollow,
    matchFollowBatch: createBatchFollowMatcher(deps.language, matchFollow),
    canExplain: deps.canExplain,
    maxPushesPerChat: config.pushBurstMax,
    now,
    logger: logger("ingest"),
    onQueued: () => sender.wake(),
  });
  const digests = createDigestScheduler({
    store,
    now,
    logger: logger("digests"),
    onQueued: () => sender.wake(),
    maxItems: tuning?.delivery?.digestMaxItems,
    checkEveryMs: tuning?.delivery?.digestCheckMs,
  });
  const hub = createCorpusHub(deps.onCorpus);
  const corpusSave = createCorpusSave({ dataDir: config.dataDir, logger: deps.logger });
  // The watcher keeps the real clock: it compares file times with it.
  const watcher = createCorpusWatcher({
    dir: config.corpusDir,
    timezone: config.siteTimezone,
    ingest,
    // Only the files that changed are parsed again; the rest come from the save, or from the last load.
    loadCorpus: (dir, options) => corpusSave.load(dir, options),
    onCorpus: hub.setFiles,
    logger: deps.logger,
    ...tuning?.corpusWatch,
  });
  const pageSettings = { ...PAGE_FETCH_DEFAULTS, ...tuning?.pages };
  const readPage = config.feedFetchArticles ? deps.readPage : undefined;
  const library = createFeedLibrary({
    stories: store.feedStories,
    onCorpus: hub.setFeeds,
    fetchPages: readPage !== undefined,
    refreshMs: pageSettings.refreshMs,
    now,
    onListed: () => pages?.kick(),
  });
  const pages = readPage
    ? createArticleFetcher({
        stories: store.feedStories,
        readPage,
        timezone: config.siteTimezone,
        now,
        logger: deps.logger,
        settings: pageSettings,
        onArticle: library.publish,
      })
    : null;
  const feeds = createFeedPoller({
    feeds: config.feeds,
    intervalMs: config.feedIntervalMs,
    ingest,
    now,
    logger: deps.logger,
    onStories: library.take,
  });

  let stopping: Promise<void> | null = null;
  return {
    store,
    corpusSave,
    loadCorpus: () => {
      // The stories read from feeds before a restart are answered from along with the folder's first load.
      hub.holdFeeds(library.corpus());
      return watcher.start();
    },
    startDelivery() {
      sender.start();
      digests.start();
      feeds.start();
      pages?.start();
    },
    stop() {
      stopping ??= (async () => {
        await Promise.all([feeds.stop(), watcher.stop(), pages?.stop()]);
        digests.stop();
        await sender.stop();
        store.close();
      })();
      return stopping;
    },
  };
}
