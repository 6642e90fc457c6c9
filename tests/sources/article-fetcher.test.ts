import { readFileSync } from "node:fs";
import { afterEach, beforeEach, describe, expect, test } from "vitest";
import { parseHtml } from "../../src/corpus/parse-html.js";
import type { Corpus } from "../../src/corpus/types.js";
import { silentLogger } from "../../src/log/logger.js";
import { createSearchEngine } from "../../src/search/engine.js";
import { loadLanguage } from "../../src/search/language.js";
import { createArticleFetcher, type ArticleFetcher } from "../../src/sources/article-fetcher.js";
import { createFeedLibrary } from "../../src/sources/feed-library.js";
import { createFeedPoller, type FeedPoller } from "../../src/sources/feed-poller.js";
import { FEED_ERRORS } from "../../src/sources/texts.js";
import type { Store } from "../../src/store/types.js";
import { openMemoryStore, SITE_ZONE } from "../store/fixtures/open-store.js";
import { createCaptureLogger, type LogEntry } from "./helpers/capture-logger.js";
import { startFeedServer, type FeedServer } from "./helpers/feed-server.js";
import { createMemoryIngest, type MemoryIngest } from "./helpers/memory-ingest.js";
import { waitFor } from "./helpers/wait-for.js";

const PAGE = readFileSync(new URL("./fixtures/pages/alat-ferry.html", import.meta.url), "utf8");
const FERRY = "New ferry links Alat and Turkmenbashi";
const SECOND = "Second ferry ordered for the Caspian line";
const SECOND_PAGE = PAGE.replaceAll(FERRY, SECOND).replace("alat-ferry", "second-ferry");

function rss(title: string, items: ReadonlyArray<{ title: string; link: string }>): string {
  const entries = items.map((item) => `<item><title>${item.title}</title><link>${item.link}</link><pubDate>Wed, 29 Mar 2023 10:00:00 +0400</pubDate></item>`);
  return `<?xml version="1.0"?><rss version="2.0"><channel><title>${title}</title><link>http://127.0.0.1/</link><description>d</description>${entries.join("")}</channel></rss>`;
}

/** The article titles a corpus holds. */
const articleTitles = (corpus: Corpus | undefined) => corpus?.articles.map((article) => article.title).sort() ?? [];

describe("link-only feed items: their pages fetched from local sites", () => {
  let siteA: FeedServer;
  let siteB: FeedServer;
  let store: Store;
  let ingest: MemoryIngest;
  let logs: LogEntry[];
  let corpora: Corpus[];
  let poller: FeedPoller;
  let fetcher: ArticleFetcher;

  beforeEach(async () => {
    siteA = await startFeedServer();
    siteB = await startFeedServer();
    store = openMemoryStore(Date.now);
    ingest = createMemoryIngest();
    const logger = createCaptureLogger();
    logs = logger.entries;
    corpora = [];
    const library = createFeedLibrary({
      stories: store.feedStories,
      onCorpus: (corpus) => void corpora.push(corpus),
      fetchPages: true,
      refreshMs: 0,
      now: Date.now,
      onListed: () => fetcher.kick(),
    });
    fetcher = createArticleFetcher({
      stories: store.feedStories,
      readPage: parseHtml,
      timezone: SITE_ZONE,
      now: Date.now,
      logger,
      settings: { hostIntervalMs: 30, timeoutMs: 1000, retryBaseMs: 60_000 },
      onArticle: library.publish,
    });
    poller = createFeedPoller({
      feeds: [siteA.url("/feed.xml"), siteB.url("/feed.xml")],
      intervalMs: 1,
      ingest,
      now: Date.now,
      logger: silentLogger,
      settings: { minTickMs: 1 },
      onStories: library.take,
    });
    fetcher.start();
  });
  afterEach(async () => {
    await poller.stop();
    await fetcher.stop();
    await store.close();
    await Promise.all([siteA.stop(), siteB.stop()]);
  });

  test("headlines are pushed at once; pages are read, robots.txt obeyed, bad pages given up without stalling another site; a re-fetch is conditional", { timeout: 30_000 }, async () => {
    const pagesA = {
      good: siteA.url("/pages/ferry.html"),
      private: siteA.url("/private/memo.html"),
      slow: siteA.url("/pages/slow.html?key=secret-value"),
      big: siteA.url("/pages/big.html"),
      loop: siteA.url("/pages/loop.html"),
    };
    siteA.route("/robots.txt", { body: "User-agent: *\nDisallow: /private/\n", contentType: "text/plain" });
    siteA.route("/pages/ferry.html", { body: PAGE, contentType: "text/html; charset=utf-8", etag: '"p1"' });
    siteA.route("/private/memo.html", { body: PAGE, contentType: "text/html" });
    siteA.route("/pages/slow.html?key=secret-value", { hang: true });
    siteA.route("/pages/big.html", { streamBytes: 100 * 1024 * 1024 });
    siteA.route("/pages/loop.html", { redirectTo: "/pages/loop.html" });
    siteB.route("/pages/second.html", { body: SECOND_PAGE, contentType: "text/html" });

    // A first poll is history (nothing pushed); the next brings the news.
    siteA.route("/feed.xml", { body: rss("Site A", []) });
    siteB.route("/feed.xml", { body: rss("Site B", []) });
    await poller.pollOnce();
    siteA.route("/feed.xml", {
      body: rss("Site A", [
        { title: FERRY, link: pagesA.good },
        { title: "Internal memo", link: pagesA.private },
        { title: "A page that never answers", link: pagesA.slow.replace("&", "&amp;") },
        { title: "A page of 100 MB", link: pagesA.big },
        { title: "A page that redirects to itself", link: pagesA.loop },
      ]),
    });
    siteB.route("/feed.xml", { body: rss("Site B", [{ title: SECOND, link: siteB.url("/pages/second.html") }]) });
    await poller.pollOnce();
    expect(ingest.delivered.map((item) => item.title)).toHaveLength(6);

    // Site B's page is read while site A still waits on its page that never answers.
    await waitFor(() => articleTitles(corpora.at(-1)).includes(SECOND));
    expect(logs.filter((entry) => String(entry.fields.url).includes("slow.html"))).toEqual([]);

    const failure = (page: string) => logs.find((entry) => entry.level === "warn" && String(entry.fields.url).includes(page));
    await waitFor(() => ["slow.html", "big.html", "loop.html", "memo.html"].every((page) => failure(page) !== undefined), { timeoutMs: 15_000 });
    expect(articleTitles(corpora.at(-1))).toEqual([FERRY, SECOND]);
    expect(failure("memo.html")?.fields.error).toBe(FEED_ERRORS.robotsDisallow);
    expect(siteA.requestsTo("/private/memo.html")).toEqual([]);
    expect(failure("slow.html")?.fields).toMatchObject({ error: FEED_ERRORS.timeout(1000), url: `${siteA.url("/pages/slow.html")}?key=***` });
    expect(failure("slow.html")?.fields.retryAt).not.toBeNull();
    expect(failure("big.html")?.fields.error).toBe(FEED_ERRORS.tooLarge(5 * 1024 * 1024));
    expect(failure("loop.html")?.fields.error).toBe(FEED_ERRORS.tooManyRedirects(5));
    expect(siteA.requestsTo("/pages/loop.html")).toHaveLength(6);
    expect(JSON.stringify(logs)).not.toContain("secret-value");
    expect(siteA.requestsTo("/robots.txt")).toHaveLength(1);

    // Still listed, the page read before is asked again with its ETag: a 304 keeps the article.
    await poller.pollOnce();
    await waitFor(() => siteA.requestsTo("/pages/ferry.html").some((request) => request.headers["if-none-match"] === '"p1"'));
    await waitFor(() => logs.some((entry) => entry.message === "article page not modified"));
    const stored = (await store.feedStories.all()).find((story) => story.url === pagesA.good);
    expect(stored?.article?.sections.map((section) => section.heading)).toEqual([null, "Ticket prices"]);

    const engine = createSearchEngine(corpora.at(-1)!, { language: loadLanguage() });
    const [answer] = engine.search("how much is a ferry crossing for a lorry?");
    // Both sites' pages tell the prices alike: either article answers.
    expect(answer).toMatchObject({ kind: "section", section: "Ticket prices" });
    expect([FERRY, SECOND]).toContain(answer?.article);
    expect(answer?.excerpt).toContain("1,200 dollars");
  });
});
