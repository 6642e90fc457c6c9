import { afterEach, beforeEach, describe, expect, test } from "vitest";
import type { Article } from "../../src/corpus/types.js";
import { isPublicAddress } from "../../src/sources/address-guard.js";
import { createArticleFetcher } from "../../src/sources/article-fetcher.js";
import { maskUrl } from "../../src/sources/mask-url.js";
import { FEED_ERRORS } from "../../src/sources/texts.js";
import type { Store } from "../../src/store/types.js";
import { openMemoryStore, SITE_ZONE } from "../store/fixtures/open-store.js";
import { createCaptureLogger } from "./helpers/capture-logger.js";
import { startFeedServer, type FeedServer } from "./helpers/feed-server.js";
import { waitFor } from "./helpers/wait-for.js";

describe("addresses the page fetcher may reach", () => {
  test("loopback, private, link-local and mapped addresses are not public", () => {
    for (const address of ["127.0.0.1", "10.1.2.3", "192.168.0.10", "172.16.5.4", "169.254.169.254", "::1", "fd00::1", "::ffff:127.0.0.1", "0.0.0.0"]) {
      expect(isPublicAddress(address), address).toBe(false);
    }
    expect(isPublicAddress("93.184.216.34")).toBe(true);
    expect(isPublicAddress("2606:4700::6810:85e5")).toBe(true);
  });

  test("logs show a URL with its user part and query values masked", () => {
    expect(maskUrl("https://editor:hunter2@news.example/a/page?token=abc&id=5#top")).toBe("https://***@news.example/a/page?token=***&id=***");
  });
});

describe("a feed on the public internet linking a page on a private network", () => {
  let server: FeedServer;
  let store: Store;
  beforeEach(async () => {
    server = await startFeedServer();
    store = openMemoryStore(Date.now);
  });
  afterEach(async () => {
    await store.close();
    await server.stop();
  });

  test("is refused without a single request, and given up", async () => {
    server.route("/intranet/page.html", { body: "<h1>Secret</h1>", contentType: "text/html" });
    const logger = createCaptureLogger();
    const read: Article[] = [];
    const fetcher = createArticleFetcher({
      stories: store.feedStories,
      readPage: () => {
        throw new Error("never read");
      },
      timezone: SITE_ZONE,
      now: Date.now,
      logger,
      // The feed's host resolves to a public address; the page is on 127.0.0.1.
      resolveHost: async () => ["93.184.216.34"],
      settings: { hostIntervalMs: 0 },
      onArticle: async () => void read.push(...(await store.feedStories.all()).flatMap((story) => (story.article ? [story.article] : []))),
    });
    const url = server.url("/intranet/page.html");
    await store.feedStories.list(
      [
        {
          storyKey: "link:intranet",
          feed: "https://feeds.example/rss",
          url,
          headline: { id: "h1", title: "Intranet page", tag: null, subtitle: null, publishedAt: "2023-03-29T10:00:00+04:00", list: "Feed", url, language: "en" },
          article: null,
          fetch: true,
        },
      ],
      Date.now(),
      0,
    );
    fetcher.start();
    await waitFor(() => logger.entries.some((entry) => entry.level === "warn"));
    await fetcher.stop();
    expect(server.requests).toEqual([]);
    expect(logger.entries.find((entry) => entry.level === "warn")).toMatchObject({
      message: "article page given up",
      fields: { error: FEED_ERRORS.privateAddress("127.0.0.1"), retryAt: null },
    });
    expect(await store.feedStories.due(Date.now() + 365 * 24 * 3600_000, 10)).toEqual([]);
    expect(read).toEqual([]);
  });
});
