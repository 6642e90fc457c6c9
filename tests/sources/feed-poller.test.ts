import { readFileSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, beforeEach, describe, expect, test } from "vitest";
import { createFeedPoller, feedSourceId, type FeedPollerDeps } from "../../src/sources/feed-poller.js";
import { FEED_ERRORS } from "../../src/sources/texts.js";
import { silentLogger } from "../../src/log/logger.js";
import { startFeedServer, type FeedServer } from "./helpers/feed-server.js";
import { createMemoryIngest } from "./helpers/memory-ingest.js";
import { createCaptureLogger } from "./helpers/capture-logger.js";
import { createClock, createManualTimers } from "./helpers/clock.js";
import { waitFor } from "./helpers/wait-for.js";

const fixture = (name: string) => readFileSync(new URL(`./fixtures/feeds/${name}`, import.meta.url), "utf8");
const MINUTE = 60_000;

let server: FeedServer;
beforeEach(async () => {
  server = await startFeedServer();
});
afterEach(async () => {
  await server.stop();
});

function setup(paths: string[], overrides: Partial<FeedPollerDeps> = {}) {
  const ingest = createMemoryIngest();
  const clock = createClock("2023-03-27T18:00:00Z");
  const feeds = paths.map((path) => (path.startsWith("http") ? path : server.url(path)));
  const poller = createFeedPoller({ feeds, intervalMs: 5 * MINUTE, ingest, now: clock.now, logger: silentLogger, ...overrides });
  const state = (path: string) => ingest.getSourceState(feedSourceId(server.url(path)));
  return { ingest, clock, poller, feeds, state };
}

async function closedPortUrl(): Promise<string> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return `http://127.0.0.1:${port}/feed.xml`;
}

describe("feed poller", () => {
  test("the first poll records the feed's items and pushes none; an item added later is pushed", async () => {
    server.route("/region", { body: fixture("region-rss.xml") });
    const { ingest, clock, poller } = setup(["/region"]);

    const first = await poller.pollOnce();
    expect(first.map((result) => result.outcome)).toEqual(["updated"]);
    expect(ingest.calls[0]?.items).toHaveLength(3);
    expect(ingest.delivered).toEqual([]);

    server.route("/region", { body: fixture("region-rss-next.xml") });
    clock.advance(5 * MINUTE);
    const second = await poller.pollOnce();
    expect(second[0]?.newItems).toEqual([
      {
        kind: "headline",
        title: "Israeli embassy in Azerbaijan resumes work UPDATED",
        article: null,
        tag: null,
        subtitle: "The embassy in Baku reopened after a “pause” of two months.",
        list: "Caliber.Az — Region",
        url: "https://caliber.example/region/israeli-embassy-resumes-work",
        publishedAt: "2023-03-27T22:10:00+04:00",
        articleId: null,
        sectionIndex: null,
      },
    ]);
    expect(ingest.delivered.map((item) => item.title)).toEqual(["Israeli embassy in Azerbaijan resumes work UPDATED"]);
  });

  test("an Atom feed's new entry is pushed with its alternate link, date and summary line", async () => {
    server.route("/world", { body: fixture("world-atom.xml"), contentType: "application/atom+xml" });
    const { ingest, clock, poller } = setup(["/world"]);
    await poller.pollOnce();
    server.route("/world", { body: fixture("world-atom-next.xml"), contentType: "application/atom+xml" });
    clock.advance(5 * MINUTE);
    await poller.pollOnce();
    expect(ingest.delivered).toMatchObject([
      {
        title: "Ukraine receives 18 Leopard 2 main battle tanks from Germany",
        subtitle: "The tanks arrived on Monday, the defence minister said.",
        list: "World desk",
        url: "https://worlddesk.example/2023/03/27/ukraine-leopard-tanks",
        publishedAt: "2023-03-27T16:00:00+00:00",
      },
    ]);
  });

  test("the ETag and Last-Modified come back on the next request, a 304 brings nothing, and they survive a restart", async () => {
    const etag = '"region-v1"';
    const lastModified = "Mon, 27 Mar 2023 16:40:00 GMT";
    server.route("/region", { body: fixture("region-rss.xml"), etag, lastModified });
    const { ingest, clock, poller, feeds, state } = setup(["/region"]);

    await poller.pollOnce();
    expect(server.requests[0]?.headers["if-none-match"]).toBeUndefined();
    expect(await state("/region")).toMatchObject({ etag, lastModified, failures: 0, lastError: null });

    clock.advance(5 * MINUTE);
    const second = await poller.pollOnce();
    expect(server.requests[1]?.headers["if-none-match"]).toBe(etag);
    expect(server.requests[1]?.headers["if-modified-since"]).toBe(lastModified);
    expect(second.map((result) => result.outcome)).toEqual(["not-modified"]);
    expect(ingest.calls).toHaveLength(1);
    expect(await state("/region")).toMatchObject({
      etag,
      lastModified,
      lastPollAt: "2023-03-27T18:05:00.000Z",
      lastSuccessAt: "2023-03-27T18:05:00.000Z",
      nextPollAt: "2023-03-27T18:10:00.000Z",
    });

    const restarted = createFeedPoller({ feeds, intervalMs: 5 * MINUTE, ingest, now: clock.now, logger: silentLogger });
    clock.advance(5 * MINUTE);
    await restarted.pollOnce();
    expect(server.requests[2]?.headers["if-none-match"]).toBe(etag);
    expect(ingest.delivered).toEqual([]);
  });

  test("a feed is not fetched again before its interval has passed", async () => {
    server.route("/region", { body: fixture("region-rss.xml") });
    const { clock, poller } = setup(["/region"]);
    await poller.pollOnce();
    clock.advance(4 * MINUTE);
    expect(await poller.pollOnce()).toEqual([]);
    expect(server.requests).toHaveLength(1);
    clock.advance(MINUTE);
    expect(await poller.pollOnce()).toHaveLength(1);
  });

  test("a broken feed is skipped with its reason recorded, and the other feeds are still polled", async () => {
    server.route("/broken", { body: fixture("broken.xml") });
    server.route("/moved", { body: fixture("not-a-feed.html"), contentType: "text/html" });
    server.route("/down", { status: 503 });
    server.route("/region", { body: fixture("region-rss.xml") });
    const refused = await closedPortUrl();
    const { ingest, poller, state } = setup([refused, "/broken", "/moved", "/down", "/region"]);

    const results = await poller.pollOnce();
    expect(results.map((result) => [result.outcome, result.error])).toEqual([
      ["failed", FEED_ERRORS.network("ECONNREFUSED")],
      ["failed", FEED_ERRORS.malformed],
      ["failed", FEED_ERRORS.notAFeed],
      ["failed", "HTTP 503 Service Unavailable"],
      ["updated", null],
    ]);
    expect(await state("/broken")).toMatchObject({ lastError: "malformed XML", failures: 1, lastSuccessAt: null });
    expect(await state("/region")).toMatchObject({ lastError: null, failures: 0 });
    expect(ingest.calls.map((call) => call.source)).toEqual([feedSourceId(server.url("/region"))]);
  });

  test("a failing feed backs off more and more, up to the cap, and returns to its interval once it answers", async () => {
    server.route("/flaky", { status: 500 });
    const { clock, poller, state } = setup(["/flaky"], { settings: { maxBackoffMs: 60 * MINUTE } });
    const waits: number[] = [];
    for (let attempt = 0; attempt < 5; attempt++) {
      await poller.pollOnce();
      const next = Date.parse((await state("/flaky"))?.nextPollAt ?? "");
      waits.push((next - clock.now()) / MINUTE);
      clock.set(new Date(next - 1).toISOString());
      expect(await poller.pollOnce()).toEqual([]);
      clock.advance(1);
    }
    expect(waits).toEqual([10, 20, 40, 60, 60]);
    expect(await state("/flaky")).toMatchObject({ failures: 5, lastError: "HTTP 500 Internal Server Error" });
    expect(server.requests).toHaveLength(5);

    server.route("/flaky", { body: fixture("region-rss.xml") });
    await poller.pollOnce();
    expect(await state("/flaky")).toMatchObject({ failures: 0, lastError: null });
    expect(Date.parse((await state("/flaky"))?.nextPollAt ?? "") - clock.now()).toBe(5 * MINUTE);
  });

  test("a server that never answers times out, and the other feed is still polled", async () => {
    server.route("/hang", { hang: true });
    server.route("/region", { body: fixture("region-rss.xml") });
    const { poller, state } = setup(["/hang", "/region"], { settings: { requestTimeoutMs: 300 } });
    const results = await poller.pollOnce();
    expect(results.map((result) => result.outcome)).toEqual(["failed", "updated"]);
    expect(await state("/hang")).toMatchObject({ lastError: "no answer within 300 ms", failures: 1 });
  });

  test("a feed larger than the size limit is refused", async () => {
    server.route("/huge", { body: fixture("region-rss.xml").repeat(4) });
    const { ingest, poller, state } = setup(["/huge"], { settings: { maxBodyBytes: 2048 } });
    await poller.pollOnce();
    expect(await state("/huge")).toMatchObject({ lastError: "the feed is larger than 2 KB", failures: 1 });
    expect(ingest.calls).toEqual([]);
  });

  test("start polls at once and then when the next feed is due; stop ends the schedule", async () => {
    server.route("/region", { body: fixture("region-rss.xml") });
    const timers = createManualTimers();
    const { poller } = setup(["/region"], { timers });
    poller.start();
    expect(timers.delays()).toEqual([0]);
    timers.runAll();
    await waitFor(() => timers.scheduled.size === 1);
    expect(server.requests).toHaveLength(1);
    expect(timers.delays()).toEqual([5 * MINUTE]);
    await poller.stop();
    expect(timers.scheduled.size).toBe(0);
  });

  test("a feed's password and key appear neither in its log lines nor in the error kept for /stats", async () => {
    server.route("/private", { status: 500, body: "down" });
    const logger = createCaptureLogger();
    const withPassword = server.url("/private").replace("http://", "http://editor:pa55word@") + "?key=K3Y";
    const withKey = server.url("/private") + "?key=K3Y";
    const { ingest, poller } = setup([withPassword, withKey], { logger });
    await poller.pollOnce();
    const kept = await Promise.all([withPassword, withKey].map(async (feed) => (await ingest.getSourceState(feedSourceId(feed)))?.lastError ?? ""));
    expect(kept.every(Boolean)).toBe(true);
    const written = JSON.stringify(logger.entries) + kept.join("\n");
    expect(logger.entries.filter((entry) => entry.level === "warn")).toHaveLength(2);
    for (const secret of ["editor", "pa55word", "K3Y"]) expect(written).not.toContain(secret);
  });
});
