import { STATS_TEXTS } from "../../src/delivery/texts.js";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FEED_ERRORS } from "../../src/sources/texts.js";
import { startFeedServer, type FeedServer } from "../sources/helpers/feed-server.js";
import { FIXTURES, firstLines, shown, startNewsdesk, type Newsdesk } from "./support/newsdesk.js";
import { waitUntil } from "./support/wait-until.js";

const ADMIN = 4343;
const feed = (name: string) => readFileSync(join(FIXTURES, "feeds", name), "utf8");

describe("RSS feeds listed in FEEDS", () => {
  let server: FeedServer;
  let desk: Newsdesk;
  beforeAll(async () => {
    server = await startFeedServer();
    server.route("/caucasus.xml", { body: feed("caucasus.xml"), etag: '"v1"' });
    server.route("/truncated.xml", { body: feed("truncated.xml") });
    desk = await startNewsdesk({
      env: { FEEDS: `${server.url("/caucasus.xml")},${server.url("/truncated.xml")}`, ADMIN_IDS: String(ADMIN) },
      // Polled every second (the shortest tick), where FEED_INTERVAL allows ten at least.
      config: { feedIntervalMs: 100 },
    });
  });
  afterAll(async () => {
    await desk.stop();
    await server.stop();
  });

  it("asks again with the feed's ETag, pushes nothing on 304, and pushes the one new item when the feed changes", { timeout: 20_000 }, async () => {
    const { emu } = desk;
    const reader = emu.user();
    reader.send("/subscribe instant");
    await emu.waitForMessages(reader.id, 1);

    const conditional = () => server.requestsTo("/caucasus.xml").filter((request) => request.headers["if-none-match"] === '"v1"');
    const answeredBefore = server.requestsTo("/caucasus.xml").length;
    await waitUntil(() => conditional().length >= 2 && server.requestsTo("/caucasus.xml").length >= answeredBefore + 2, "two conditional requests");
    expect(server.requestsTo("/caucasus.xml")[0]!.headers["if-none-match"]).toBeUndefined();

    server.route("/caucasus.xml", { body: feed("caucasus-next.xml"), etag: '"v2"' });
    const [, push] = await emu.waitForMessages(reader.id, 2, 15_000);
    expect(shown(emu, push).split("\n")[0]).toBe("Baku–Tbilisi–Kars railway carries a record tonnage");
    await waitUntil(() => server.requestsTo("/caucasus.xml").some((r) => r.headers["if-none-match"] === '"v2"'), "a request with the new ETag");
    expect(firstLines(emu, emu.messages(reader.id).slice(1))).toEqual(["Baku–Tbilisi–Kars railway carries a record tonnage"]);
  });

  it("skips a malformed feed without stopping the others, and reports it in /stats", async () => {
    const { emu } = desk;
    await waitUntil(() => server.requestsTo("/truncated.xml").length >= 2, "the malformed feed to be tried again");
    const admin = emu.user({ id: ADMIN });
    admin.send("/stats");
    const [stats] = await emu.waitForMessages(admin.id, 1);
    const text = shown(emu, stats);
    expect(text).toMatch(new RegExp(`feed:${server.url("/truncated.xml")}: last poll .+, \\d+ failures in a row`));
    expect(text).toContain(STATS_TEXTS.statsLastError(FEED_ERRORS.malformed));
    const lines = text.split("\n");
    const healthy = lines.findIndex((line) => line.includes("/caucasus.xml"));
    expect(lines[healthy]).not.toContain("failures");
    expect(lines[healthy + 1]).not.toContain("last error");
    expect(text).toContain("corpus: last poll");
  });
});
