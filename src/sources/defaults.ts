export interface FeedSettings {
  requestTimeoutMs: number;
  maxBodyBytes: number;
  maxItems: number;
  maxBackoffMs: number;
  minTickMs: number;
  concurrency: number;
  maxTitleLength: number;
  maxSubtitleLength: number;
  userAgent: string;
  accept: string;
}

/** Every default of the feed poller, in one place. */
export const FEED_DEFAULTS: Readonly<FeedSettings> = Object.freeze({
  /** One request's whole time, headers and body. */
  requestTimeoutMs: 15_000,
  /** A feed larger than this is refused unread: no real headline feed comes near it. */
  maxBodyBytes: 5 * 1024 * 1024,
  /** Items read from one feed; a feed lists its newest first. */
  maxItems: 200,
  /** The longest wait between two tries of a failing feed. */
  maxBackoffMs: 60 * 60 * 1000,
  /** The shortest wait between two rounds of polling, so a clock jump cannot spin the loop. */
  minTickMs: 1000,
  /** Feeds fetched at the same time. */
  concurrency: 4,
  /** A hostile or broken feed can put a whole article in a title; readers get a line. */
  maxTitleLength: 300,
  maxSubtitleLength: 200,
  userAgent: "newsdesk/0.1 (+headline feed poller)",
  accept: "application/rss+xml, application/atom+xml, application/rdf+xml;q=0.9, application/xml;q=0.8, text/xml;q=0.8, */*;q=0.1",
});

/** Every default of the corpus folder watcher, in one place. */
export const CORPUS_WATCH_DEFAULTS = Object.freeze({
  /** The rescan that catches what fs.watch missed (network and some container file systems send no events). */
  intervalMs: 30_000,
  /** A copy or an editor's save fires a burst of events: one scan after the burst. */
  debounceMs: 250,
  /** A file modified more recently than this may still be being written: it is read once it is this old. */
  settleMs: 1000,
});

export interface PageFetchSettings {
  timeoutMs: number;
  maxBytes: number;
  maxRedirects: number;
  hostIntervalMs: number;
  hostsAtOnce: number;
  batch: number;
  retryBaseMs: number;
  retryMaxMs: number;
  maxAttempts: number;
  refreshMs: number;
  robotsTtlMs: number;
  robotsMaxBytes: number;
  minTickMs: number;
  userAgent: string;
  accept: string;
}

/** Every default of the article page fetcher, in one place. */
export const PAGE_FETCH_DEFAULTS: Readonly<PageFetchSettings> = Object.freeze({
  /** One page's whole time: every redirect, the headers and the body. */
  timeoutMs: 10_000,
  /** A larger page is given up unread: no article page comes near it. */
  maxBytes: 5 * 1024 * 1024,
  maxRedirects: 5,
  /** The least time between two requests to one host; requests to one host are also never concurrent. */
  hostIntervalMs: 3000,
  /** Hosts fetched from at the same time: a slow site holds up only its own pages. */
  hostsAtOnce: 4,
  /** Pages taken from the store per look. */
  batch: 200,
  /** The wait after a first failure, doubled after each next one up to the cap. */
  retryBaseMs: 60_000,
  retryMaxMs: 6 * 60 * 60 * 1000,
  /** Tries before a page is given up (its headline stays). */
  maxAttempts: 6,
  /** A page read this long ago is asked again (conditionally) when its feed still lists it: corrections. */
  refreshMs: 60 * 60 * 1000,
  robotsTtlMs: 60 * 60 * 1000,
  robotsMaxBytes: 512 * 1024,
  minTickMs: 1000,
  userAgent: "newsdesk/0.1 (+article page reader)",
  accept: "text/html, application/xhtml+xml;q=0.9, */*;q=0.1",
});
