import type { Config } from "../config/load-config.js";
import type { Corpus } from "../corpus/types.js";
import type { Ingest } from "../delivery/ingest.js";
import type { Logger } from "../log/logger.js";
import { createArticleFetcher, type ReadPage } from "../sources/article-fetcher.js";
import { createCorpusWatcher } from "../sources/corpus-watcher.js";
import { PAGE_FETCH_DEFAULTS } from "../sources/defaults.js";
import { createFeedLibrary } from "../sources/feed-library.js";
import { createFeedPoller } from "../sources/feed-poller.js";
import { createCorpusSave, type CorpusSave } from "../saved-index/corpus-save.js";
import { parsePoolFor } from "../parse-workers/parse-pool.js";
import { SEARCH_DEFAULTS } from "../search/defaults.js";
import type { Store } from "../store/types.js";
import type { SharedCorpus } from "../instances/shared-corpus.js";
import { createCorpusHub, type CorpusStatus } from "./corpus-hub.js";
import type { ServiceTuning } from "./tuning.js";

export interface SourcePartsDeps {
  store: Store;
  config: Config;
  logger: Logger;
  /** The clock of the feed schedules; the folder watcher keeps the real one, as it compares file times with it. */
  now: () => number;
  ingest: Ingest;
  /** A fresh corpus (the folder's pages and the feeds' stories), before its new items are pushed: the bot answers from it once this settles. */
  onCorpus(corpus: Corpus): void | Promise<void>;
  /** Reads a fetched article page (src/corpus/parse-html.ts); without one, link-only feed items stay headlines. */
  readPage?: ReadPage;
  /** On PostgreSQL: the corpus every instance answers from, written by the leader, followed by the standbys. */
  shared?: SharedCorpus;
  tuning?: ServiceTuning;
}

/** The sources that find new items: the corpus folder, the feeds, and the article pages of link-only feed items. */
export interface SourceParts {
  /** The parsed corpus and its index saved in DATA_DIR: the index of an unchanged folder is read, not built. */
  corpusSave: CorpusSave;
  /**
   * The leader's: loads the folder (the first load ever records what it holds and pushes nothing), then watches
   * it; on PostgreSQL each load is also written to the shared corpus. Without a folder (CORPUS_DIR only where
   * another instance runs) the shared corpus is answered from as it is.
   */
  loadCorpus(): Promise<void>;
  /** A standby's: answers from the shared corpus, and follows it as the leader changes it. */
  followShared(): Promise<void>;
  /** Starts polling the feeds and fetching their pages (the leader's). */
  start(): void;
  /** Stops whichever of the above run; they can be started again (an instance that leads, then stands by). */
  stop(): Promise<void>;
  /** What the corpus holds and which files were skipped (the editors' console). */
  status(): CorpusStatus;
}

export function createSourceParts(deps: SourcePartsDeps): SourceParts {
  const { store, config, now, tuning, ingest, shared } = deps;
  const hub = createCorpusHub(deps.onCorpus);
  const corpusSave = createCorpusSave({ dataDir: config.dataDir, logger: deps.logger, parsePool: parsePoolFor(SEARCH_DEFAULTS, deps.logger) });
  const warnShared = (error: unknown) => deps.logger.error({ err: String(error) }, "the shared corpus could not be updated");
  const watcher = config.corpusDir === null ? null : createCorpusWatcher({
    dir: config.corpusDir,
    timezone: config.siteTimezone,
    ingest,
    // Only the files that changed are parsed again; the rest come from the save, or from the last load.
    loadCorpus: async (dir, options) => {
      const loaded = await corpusSave.load(dir, options);
      hub.setSkipped(loaded.skipped);
      return loaded;
    },
    onCorpus: async (corpus) => {
      await hub.setFiles(corpus);
      await shared?.publishFiles(corpus).catch(warnShared);
    },
    logger: deps.logger,
    ...tuning?.corpusWatch,
  });
  const pageSettings = { ...PAGE_FETCH_DEFAULTS, ...tuning?.pages };
  const readPage = config.feedFetchArticles ? deps.readPage : undefined;
  const library = createFeedLibrary({
    stories: store.feedStories,
    onCorpus: async (corpus) => {
      await hub.setFeeds(corpus);
      await shared?.announceFeeds().catch(warnShared);
    },
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
  let stopFollowing: (() => Promise<void>) | null = null;
  const readShared = {
    files: async (from: SharedCorpus) => hub.setFiles(await from.loadFiles()),
    feeds: async () => hub.setFeeds(await library.corpus()),
  };
  return {
    corpusSave,
    loadCorpus: async () => {
      // The stories read from feeds before a restart are answered from along with the folder's first load.
      hub.holdFeeds(await library.corpus());
      if (watcher) await watcher.start();
      else if (shared) {
        deps.logger.warn({}, "no CORPUS_DIR on this machine: the pages are answered from PostgreSQL, and no folder is watched");
        await readShared.files(shared);
      }
    },
    async followShared() {
      if (!shared || stopFollowing) return;
      hub.holdFeeds(await library.corpus());
      await readShared.files(shared);
      stopFollowing = await shared.listen((what) => {
        const read = what === "files" ? readShared.files(shared) : readShared.feeds();
        read.catch((error: unknown) => deps.logger.error({ err: String(error), what }, "reading the shared corpus failed"));
      });
    },
    start() {
      feeds.start();
      pages?.start();
    },
    async stop() {
      const following = stopFollowing;
      stopFollowing = null;
      await Promise.all([feeds.stop(), watcher?.stop(), pages?.stop(), following?.()]);
    },
    status: hub.status,
  };
}
