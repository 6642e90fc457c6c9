import type { Logger } from "../log/logger.js";
import { maskUrl, maskUrlsIn } from "../log/mask-urls.js";
import type { SourceItem, SourceState } from "../core/items.js";
import type { IngestPort } from "./types.js";
import { FEED_DEFAULTS, type FeedSettings } from "./defaults.js";
import { FEED_ERRORS } from "./texts.js";
import { fetchFeed } from "./fetch-feed.js";
import { parseFeedItems, type ParsedFeed } from "./feed-items.js";
import { afterFailure, afterSuccess, isDue, longestWait, NEW_SOURCE_STATE, type Schedule } from "./feed-state.js";
import { systemTimers, type Timers } from "./timers.js";
import { mapLimit } from "../concurrency/map-limit.js";

export interface FeedPollerDeps {
  feeds: readonly string[];
  intervalMs: number;
  ingest: IngestPort;
  fetch?: typeof fetch;
  /** Milliseconds since the epoch, like Date.now; tests pass a fake clock. */
  now: () => number;
  logger: Logger;
  timers?: Timers;
  settings?: Partial<FeedSettings>;
  /**
   * Given each poll's stories, and awaited, before they are ingested: their articles then reach the search
   * corpus before their push does (the feed library).
   */
  onStories?: (feed: string, parsed: ParsedFeed) => Promise<void>;
}

export type FeedPollOutcome = "updated" | "not-modified" | "failed";

export interface FeedPollResult {
  feed: string;
  outcome: FeedPollOutcome;
  /** What the ingest port returned: the items never seen before, already queued for delivery. */
  newItems: SourceItem[];
  error: string | null;
}

export interface FeedPoller {
  /** Polls at once, then whenever the next feed is due, until stopped. */
  start(): void;
  /** Stops scheduling, aborts requests in flight and waits for the round in progress to end. */
  stop(): Promise<void>;
  /** Polls every feed that is due now (not those waiting out a backoff); rounds never overlap. */
  pollOnce(): Promise<FeedPollResult[]>;
}

/** The source id a feed's items and state are kept under. */
export function feedSourceId(url: string): string {
  return `feed:${url}`;
}

export function createFeedPoller(deps: FeedPollerDeps): FeedPoller {
  const settings: FeedSettings = { ...FEED_DEFAULTS, ...deps.settings };
  const feeds = [...new Set(deps.feeds)];
  const fetchImpl = deps.fetch ?? globalThis.fetch;
  const timers = deps.timers ?? systemTimers;
  const schedule: Schedule = { intervalMs: deps.intervalMs, maxBackoffMs: settings.maxBackoffMs };
  const logger = deps.logger.child({ part: "feeds" });

  let queue: Promise<unknown> = Promise.resolve();
  let running = false;
  let timer: unknown = null;
  let stopping = new AbortController();

  async function pollFeed(feed: string): Promise<FeedPollResult> {
    const source = feedSourceId(feed);
    const log = logger.child({ feed: maskUrl(feed) });
    const previous: SourceState = (await deps.ingest.getSourceState(source)) ?? NEW_SOURCE_STATE;
    const at = new Date(deps.now());
    try {
      const response = await fetchFeed(feed, {
        fetch: fetchImpl,
        etag: previous.etag,
        lastModified: previous.lastModified,
        timeoutMs: settings.requestTimeoutMs,
        maxBytes: settings.maxBodyBytes,
        signal: stopping.signal,
        userAgent: settings.userAgent,
        accept: settings.accept,
      });
      if (response.kind === "not-modified") {
        const validators = { etag: response.etag ?? previous.etag, lastModified: response.lastModified ?? previous.lastModified };
        await deps.ingest.saveSourceState(source, afterSuccess(at, validators, schedule));
        log.debug({}, "feed not modified");
        return { feed, outcome: "not-modified", newItems: [], error: null };
      }
      const parsed = parseFeedItems(response.body, {
        feedUrl: feed,
        foundAt: at,
        maxItems: settings.maxItems,
        maxTitleLength: settings.maxTitleLength,
        maxSubtitleLength: settings.maxSubtitleLength,
      });
      await deps.onStories?.(feed, parsed);
      const newItems = await deps.ingest.ingest(source, parsed.items);
      // Saved only once the items are recorded: a crash in between refetches them rather than a 304 hiding them.
      await deps.ingest.saveSourceState(source, afterSuccess(at, response, schedule));
      log.info({ items: parsed.items.length, new: newItems.length }, "feed polled");
      return { feed, outcome: "updated", newItems, error: null };
    } catch (error) {
      if (stopping.signal.aborted) return { feed, outcome: "failed", newItems: [], error: FEED_ERRORS.stopped };
      // The error is kept for /stats as well as logged: a URL it quotes loses its password and key here.
      const message = maskUrlsIn(error instanceof Error ? error.message : String(error));
      const state = afterFailure(previous, at, message, schedule);
      await deps.ingest.saveSourceState(source, state);
      log.warn({ error: message, failures: state.failures, nextPollAt: state.nextPollAt }, "feed poll failed");
      return { feed, outcome: "failed", newItems: [], error: message };
    }
  }

  async function pollDue(): Promise<FeedPollResult[]> {
    const at = new Date(deps.now());
    const states = await Promise.all(feeds.map((feed) => deps.ingest.getSourceState(feedSourceId(feed))));
    const due = feeds.filter((_, index) => isDue(states[index] ?? null, at, schedule));
    return mapLimit(due, settings.concurrency, pollFeed);
  }

  function pollOnce(): Promise<FeedPollResult[]> {
    const round = queue.then(pollDue);
    queue = round.catch(() => undefined);
    return round;
  }

  /** The wait until the first feed is due, kept between the minimum tick and the longest backoff. */
  async function nextDelay(): Promise<number> {
    const states = await Promise.all(feeds.map((feed) => deps.ingest.getSourceState(feedSourceId(feed))));
    const at = deps.now();
    const dueTimes = states.map((state) => (state?.nextPollAt ? Date.parse(state.nextPollAt) : at));
    return Math.min(Math.max(Math.min(...dueTimes) - at, settings.minTickMs), longestWait(schedule));
  }

  async function tick(): Promise<void> {
    timer = null;
    try {
      await pollOnce();
      const delay = await nextDelay();
      if (running) timer = timers.setTimeout(() => void tick(), delay);
    } catch (error) {
      logger.error({ error: error instanceof Error ? error.message : String(error) }, "feed polling round failed");
      if (running) timer = timers.setTimeout(() => void tick(), schedule.intervalMs);
    }
  }

  return {
    start() {
      if (running || feeds.length === 0) return;
      running = true;
      stopping = new AbortController();
      timer = timers.setTimeout(() => void tick(), 0);
    },
    async stop() {
      running = false;
      if (timer !== null) timers.clearTimeout(timer);
      timer = null;
      stopping.abort();
      await queue;
    },
    pollOnce,
  };
}
