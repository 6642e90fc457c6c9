import { watch, type FSWatcher } from "node:fs";
import type { Corpus } from "../corpus/types.js";
import { isIgnoredFile } from "../corpus/ignored-files.js";
import type { Logger } from "../log/logger.js";
import type { SourceItem, SourceState } from "../core/items.js";
import type { IngestPort } from "./types.js";
import { CORPUS_WATCH_DEFAULTS } from "./defaults.js";
import { CORPUS_ERRORS } from "./texts.js";
import { changedFiles, listCorpusFiles, sameListing, type FolderListing } from "./corpus-files.js";
import { changedCorpusItems } from "./corpus-items.js";
import { isoInZone } from "../time/zoned-time.js";
import { NEW_SOURCE_STATE } from "./feed-state.js";
import { systemTimers, type Timers } from "./timers.js";

export interface SkippedCorpusFile {
  file: string;
  reason: string;
}

/** The corpus loader's shape (src/corpus/load-corpus.ts), injected so the watcher can be tested with any loader. */
export type LoadCorpus = (
  dir: string,
  options: { timezone: string; logger: Logger },
) => Promise<{ corpus: Corpus; skipped: SkippedCorpusFile[] }>;

/**
 * One source for the whole folder, not one per file: the ingest port treats a source's first batch as
 * already known, and a page dropped in later must be news, not the first batch of a new source.
 */
export const CORPUS_SOURCE_ID = "corpus";

export interface CorpusWatcherDeps {
  dir: string;
  timezone: string;
  ingest: IngestPort;
  loadCorpus: LoadCorpus;
  /**
   * Called with the whole fresh corpus, and awaited, before its new items are ingested: a pushed item
   * can already be searched.
   */
  onCorpus: (corpus: Corpus) => void | Promise<void>;
  logger: Logger;
  intervalMs?: number;
  debounceMs?: number;
  settleMs?: number;
  /** Milliseconds since the epoch, like Date.now. */
  now?: () => number;
  timers?: Timers;
  /** False to rely on the periodic rescan alone. */
  watch?: boolean;
}

export interface CorpusScan {
  /** Whether the folder had changed and the corpus was loaded again. */
  reloaded: boolean;
  /** What the ingest port returned: the items never seen before, already queued for delivery. */
  newItems: SourceItem[];
  /** Files the loader refused, with its reasons. */
  skipped: SkippedCorpusFile[];
  /** Files changed so recently that they may still be being written; a later scan reads them. */
  waiting: string[];
}

export interface CorpusWatcher {
  /** Loads the corpus (calling onCorpus), records what it holds, then watches the folder. Rejects when the folder cannot be read. */
  start(): Promise<void>;
  /** Looks at the folder now and, if it changed, reloads it; concurrent calls share one scan. */
  rescan(): Promise<CorpusScan>;
  stop(): Promise<void>;
}

const UNCHANGED: CorpusScan = Object.freeze({ reloaded: false, newItems: [], skipped: [], waiting: [] });

export function createCorpusWatcher(deps: CorpusWatcherDeps): CorpusWatcher {
  const intervalMs = deps.intervalMs ?? CORPUS_WATCH_DEFAULTS.intervalMs;
  const debounceMs = deps.debounceMs ?? CORPUS_WATCH_DEFAULTS.debounceMs;
  const settleMs = deps.settleMs ?? CORPUS_WATCH_DEFAULTS.settleMs;
  const now = deps.now ?? Date.now;
  const timers = deps.timers ?? systemTimers;
  const logger = deps.logger.child({ part: "corpus-watcher" });

  let loaded: { listing: FolderListing; headlineIds: Set<string> } | null = null;
  /**
   * The folder as the last scan saw it. A file waits for the settle time only the first time a scan sees
   * it in a given state, so one whose clock is ahead of ours (a copy keeping its date, a network share) still loads.
   */
  let observed: FolderListing = new Map();
  let running = false;
  let fsWatcher: FSWatcher | null = null;
  const pending = { debounce: null as unknown, periodic: null as unknown, settle: null as unknown };
  let queue: Promise<unknown> = Promise.resolve();
  let queued: Promise<CorpusScan> | null = null;

  async function saveState(update: Partial<SourceState> | ((previous: SourceState) => Partial<SourceState>)): Promise<void> {
    const previous = (await deps.ingest.getSourceState(CORPUS_SOURCE_ID)) ?? NEW_SOURCE_STATE;
    await deps.ingest.saveSourceState(CORPUS_SOURCE_ID, { ...previous, ...(typeof update === "function" ? update(previous) : update) });
  }

  async function notify(corpus: Corpus): Promise<void> {
    try {
      await deps.onCorpus(corpus);
    } catch (error) {
      logger.error({ error: error instanceof Error ? error.message : String(error) }, "corpus update handler failed");
    }
  }

  function later(slot: keyof typeof pending, ms: number, task: () => void): void {
    if (pending[slot] !== null) timers.clearTimeout(pending[slot]);
    pending[slot] = timers.setTimeout(() => {
      pending[slot] = null;
      if (running) task();
    }, ms);
  }

  async function reload(listing: FolderListing, changed: Set<string> | null): Promise<CorpusScan> {
    const at = new Date(now());
    const { corpus, skipped } = await deps.loadCorpus(deps.dir, { timezone: deps.timezone, logger: deps.logger });
    for (const { file, reason } of skipped) {
      if (changed === null || changed.has(file)) logger.warn({ file, reason }, "corpus file skipped");
    }
    await notify(corpus);
    const items = changedCorpusItems(corpus, {
      changedFiles: changed,
      knownHeadlineIds: loaded?.headlineIds ?? new Set(),
      foundAt: isoInZone(at.getTime(), deps.timezone),
    });
    const newItems = await deps.ingest.ingest(CORPUS_SOURCE_ID, items);
    loaded = { listing, headlineIds: new Set(corpus.headlines.map((headline) => headline.id)) };
    const stamp = at.toISOString();
    await saveState({ lastPollAt: stamp, lastSuccessAt: stamp, lastError: skipped.length > 0 ? CORPUS_ERRORS.skipped(skipped) : null, failures: 0 });
    logger.info({ files: listing.size, changed: changed?.size ?? listing.size, items: items.length, new: newItems.length }, "corpus loaded");
    return { reloaded: true, newItems, skipped, waiting: [] };
  }

  async function scan(settle: boolean): Promise<CorpusScan> {
    try {
      const listing = await listCorpusFiles(deps.dir);
      if (loaded && sameListing(loaded.listing, listing)) return UNCHANGED;
      const changed = loaded ? changedFiles(loaded.listing, listing) : null;
      const observedBefore = observed;
      observed = listing;
      if (settle && changed && settleMs > 0) {
        const at = now();
        const newlySeen = changedFiles(observedBefore, listing);
        const unsettled = [...changed]
          .filter((name) => newlySeen.has(name))
          .map((name) => ({ name, age: Math.max(at - (listing.get(name)?.mtimeMs ?? 0), 0) }))
          .filter(({ age }) => age < settleMs);
        if (unsettled.length > 0) {
          later("settle", settleMs - Math.min(...unsettled.map(({ age }) => age)), () => void rescan().catch(() => undefined));
          return { ...UNCHANGED, waiting: unsettled.map(({ name }) => name) };
        }
      }
      return await reload(listing, changed);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      logger.error({ error: message }, "corpus scan failed");
      await saveState((previous) => ({ lastPollAt: new Date(now()).toISOString(), lastError: message, failures: previous.failures + 1 }));
      throw error;
    }
  }

  function enqueue(settle: boolean): Promise<CorpusScan> {
    if (queued) return queued;
    const next = queue.then(() => {
      queued = null;
      return scan(settle);
    });
    queued = next;
    queue = next.catch(() => undefined);
    return next;
  }

  function rescan(): Promise<CorpusScan> {
    return enqueue(true);
  }

  function periodic(): void {
    later("periodic", intervalMs, () => {
      void rescan().catch(() => undefined);
      periodic();
    });
  }

  function watchFolder(): void {
    try {
      fsWatcher = watch(deps.dir, { persistent: false }, (_event, name) => {
        if (name && isIgnoredFile(name)) return;
        later("debounce", debounceMs, () => void rescan().catch(() => undefined));
      });
      fsWatcher.on("error", (error) => {
        logger.warn({ error: error.message }, "corpus folder watch failed; relying on the periodic rescan");
        fsWatcher?.close();
        fsWatcher = null;
      });
    } catch (error) {
      logger.warn({ error: (error as Error).message }, "corpus folder cannot be watched; relying on the periodic rescan");
    }
  }

  return {
    async start() {
      if (running) return;
      await enqueue(false);
      running = true;
      if (deps.watch !== false) watchFolder();
      periodic();
    },
    rescan,
    async stop() {
      running = false;
      fsWatcher?.close();
      fsWatcher = null;
      for (const slot of Object.keys(pending) as (keyof typeof pending)[]) {
        if (pending[slot] !== null) timers.clearTimeout(pending[slot]);
        pending[slot] = null;
      }
      await queue;
    },
  };
}
