import type { ParseOptions } from "../corpus/parse-page.js";
import type { Article, Corpus } from "../corpus/types.js";
import type { Logger } from "../log/logger.js";
import type { DueFetch, FeedStoryStore } from "../store/types.js";
import { isPublicHost, systemResolveHost, type ResolveHost } from "./address-guard.js";
import { PAGE_FETCH_DEFAULTS, type PageFetchSettings } from "./defaults.js";
import { feedArticleId } from "./feed-article.js";
import { fetchPage, type PageResponse } from "./fetch-page.js";
import { abortableSleep, createHostSpacing, type Sleep } from "./host-spacing.js";
import { FetchError } from "./http-body.js";
import { maskUrl } from "./mask-url.js";
import { createRobotsRules } from "./robots.js";
import { FEED_ERRORS } from "./texts.js";
import { systemTimers, type Timers } from "./timers.js";

/** The HTML page reader's shape (src/corpus/parse-html.ts): throws when the page holds no article. */
export type ReadPage = (html: string, options: ParseOptions & { url?: string | null }) => Corpus;

export interface ArticleFetcherDeps {
  stories: FeedStoryStore;
  readPage: ReadPage;
  /** The site's zone, for dates a page writes without one. */
  timezone: string;
  fetch?: typeof fetch;
  resolveHost?: ResolveHost;
  now: () => number;
  logger: Logger;
  timers?: Timers;
  sleep?: Sleep;
  settings?: Partial<PageFetchSettings>;
  /** Called, and awaited, once a page brought an article: the corpus is published again. */
  onArticle: () => Promise<void>;
}

export interface ArticleFetcher {
  start(): void;
  /** Looks for pages due now; the feed poller calls it after each poll, without waiting. */
  kick(): void;
  /** Aborts requests in flight and waits for every host's work to end. */
  stop(): Promise<void>;
}

/** A failure that no retry will mend: the page is given up at once. */
class GiveUp extends FetchError {}

/**
 * Reads the pages of link-only feed items into articles, in the background: the headline was pushed
 * already, and the article becomes answerable once read. Each host's pages are read one at a time, spaced
 * out, robots.txt obeyed; hosts are read side by side, so a slow or hostile site stalls only its own pages.
 */
export function createArticleFetcher(deps: ArticleFetcherDeps): ArticleFetcher {
  const settings: PageFetchSettings = { ...PAGE_FETCH_DEFAULTS, ...deps.settings };
  const fetchImpl = deps.fetch ?? globalThis.fetch;
  const resolve = deps.resolveHost ?? systemResolveHost;
  const timers = deps.timers ?? systemTimers;
  const logger = deps.logger.child({ part: "article-pages" });
  const spacing = createHostSpacing({ intervalMs: settings.hostIntervalMs, now: deps.now, sleep: deps.sleep ?? abortableSleep });
  const privateFeeds = new Map<string, Promise<boolean>>();
  const active = new Map<string, Promise<void>>();
  let running = false;
  let timer: unknown = null;
  let stopping = new AbortController();

  /** A feed served from a private or loopback network may link pages there too (an intranet, a test). */
  function feedIsPrivate(feed: string): Promise<boolean> {
    let known = privateFeeds.get(feed);
    if (!known) {
      known = isPublicHost(new URL(feed), resolve).then((isPublic) => !isPublic, () => false);
      privateFeeds.set(feed, known);
    }
    return known;
  }

  /** Refuses an address on a private or loopback network, unless the feed itself is on one. */
  async function checkAddress(target: URL, feed: string): Promise<void> {
    if ((await feedIsPrivate(feed)) || (await isPublicHost(target, resolve).catch(() => false))) return;
    throw new GiveUp(FEED_ERRORS.privateAddress(target.hostname));
  }

  function get(url: string, options: { feed: string; etag: string | null; lastModified: string | null; maxBytes: number }): Promise<PageResponse> {
    return spacing.run(new URL(url).host, stopping.signal, async () => {
      return fetchPage(url, {
        fetch: fetchImpl,
        etag: options.etag,
        lastModified: options.lastModified,
        timeoutMs: settings.timeoutMs,
        maxBytes: options.maxBytes,
        maxRedirects: settings.maxRedirects,
        signal: stopping.signal,
        userAgent: settings.userAgent,
        accept: settings.accept,
        checkAddress: (target) => checkAddress(target, options.feed),
      });
    });
  }

  const robotsFor = new Map<string, ReturnType<typeof createRobotsRules>>();
  function robots(feed: string) {
    let rules = robotsFor.get(feed);
    if (!rules) {
      rules = createRobotsRules({
        fetch: (url) => get(url, { feed, etag: null, lastModified: null, maxBytes: settings.robotsMaxBytes }),
        userAgent: settings.userAgent,
        ttlMs: settings.robotsTtlMs,
        now: deps.now,
      });
      robotsFor.set(feed, rules);
    }
    return rules;
  }

  function read(story: DueFetch, html: string, finalUrl: string): Article {
    const id = feedArticleId(story.storyKey);
    let article: Article | undefined;
    try {
      article = deps.readPage(html, { articleId: id, file: finalUrl, timezone: deps.timezone, url: finalUrl }).articles[0];
    } catch (error) {
      throw new GiveUp(FEED_ERRORS.noArticle(error instanceof Error ? error.message : String(error)));
    }
    if (!article) throw new GiveUp(FEED_ERRORS.noArticle("no article text"));
    // What the page does not say, the feed did.
    return {
      ...article,
      id,
      subtitle: article.subtitle ?? story.headline.subtitle,
      url: article.url ?? story.url,
      publishedAt: article.publishedAt ?? story.headline.publishedAt,
      category: article.category ?? story.headline.list,
      file: story.url,
    };
  }

  async function fetchOne(story: DueFetch): Promise<void> {
    const log = logger.child({ url: maskUrl(story.url) });
    try {
      // Checked before robots.txt too, so that not even that is asked of an address we may not reach.
      await checkAddress(new URL(story.url), story.feed);
      if (!(await robots(story.feed).allows(story.url))) throw new GiveUp(FEED_ERRORS.robotsDisallow);
      const response = await get(story.url, { feed: story.feed, etag: story.etag, lastModified: story.lastModified, maxBytes: settings.maxBytes });
      if (response.kind === "missing") throw new GiveUp(FEED_ERRORS.http(response.status, ""));
      if (response.kind === "not-modified") {
        await deps.stories.saveFetched(story.storyKey, { article: null, etag: response.etag ?? story.etag, lastModified: response.lastModified ?? story.lastModified }, deps.now());
        log.debug({}, "article page not modified");
        return;
      }
      const article = read(story, response.body, response.url);
      await deps.stories.saveFetched(story.storyKey, { article, etag: response.etag, lastModified: response.lastModified }, deps.now());
      log.info({ sections: article.sections.length }, "article page read");
      await deps.onArticle();
    } catch (error) {
      if (stopping.signal.aborted) return;
      const reason = error instanceof Error ? error.message : String(error);
      const failures = story.failures + 1;
      const retry = !(error instanceof GiveUp) && failures < settings.maxAttempts;
      const retryAt = retry ? deps.now() + Math.min(settings.retryBaseMs * 2 ** (failures - 1), settings.retryMaxMs) : null;
      await deps.stories.saveFailure(story.storyKey, reason, retryAt);
      log.warn({ error: reason, failures, retryAt: retryAt === null ? null : new Date(retryAt).toISOString() }, retry ? "article page fetch failed; will retry" : "article page given up");
    }
  }

  async function work(stories: readonly DueFetch[]): Promise<void> {
    for (const story of stories) {
      if (!running) return;
      await fetchOne(story);
    }
  }

  async function schedule(): Promise<void> {
    const next = await deps.stories.nextDueAfter(deps.now());
    if (timer !== null) timers.clearTimeout(timer);
    timer = null;
    if (next !== null && running) timer = timers.setTimeout(kick, Math.max(next - deps.now(), settings.minTickMs));
  }

  /** Kicks run one after another, so that two never hand the same host's pages to two workers. */
  let kicking: Promise<void> = Promise.resolve();
  function kick(): void {
    kicking = kicking.then(kickNow).catch((error: unknown) => logger.error({ error: String(error) }, "article page scheduling failed"));
  }

  async function kickNow(): Promise<void> {
    if (!running) return;
    const byHost = new Map<string, DueFetch[]>();
    for (const story of await deps.stories.due(deps.now(), settings.batch)) {
      const host = new URL(story.url).host;
      byHost.set(host, [...(byHost.get(host) ?? []), story]);
    }
    for (const [host, stories] of byHost) {
      if (active.has(host) || active.size >= settings.hostsAtOnce) continue;
      const done = work(stories)
        .catch((error: unknown) => logger.error({ error: String(error) }, "article page work failed"))
        .finally(() => {
          active.delete(host);
          kick();
        });
      active.set(host, done);
    }
    await schedule();
  }

  return {
    start() {
      if (running) return;
      running = true;
      stopping = new AbortController();
      kick();
    },
    kick,
    async stop() {
      running = false;
      if (timer !== null) timers.clearTimeout(timer);
      timer = null;
      stopping.abort();
      await kicking;
      await Promise.all(active.values());
    },
  };
}
