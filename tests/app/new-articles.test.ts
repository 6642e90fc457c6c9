import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SUBSCRIPTION_TEXTS } from "../support/texts.js";
import { boldIn, buttonsOf } from "../bot/helpers/harness.js";
import { startFeedServer, type FeedServer } from "../sources/helpers/feed-server.js";
import { outboxDrained, shown, startNewsdesk, type Newsdesk } from "./support/newsdesk.js";
import { waitUntil } from "./support/wait-until.js";

const ARTICLE = "Caspian ferries double their crossings to Aktau";
const FEED_ARTICLE = "Azerbaijan and Kazakhstan open a new grain terminal in Alat";
const fullTextFeed = readFileSync(new URL("../sources/fixtures/feeds/full-text-rss.xml", import.meta.url), "utf8");
/** The same feed before its newest item was published. */
const earlierFeed = fullTextFeed.replace(/<item>[\s\S]*?<\/item>/, "");

describe("a new article reaches instant readers and heads /latest", () => {
  let desk: Newsdesk;
  let server: FeedServer;
  beforeAll(async () => {
    server = await startFeedServer();
    server.route("/economy.xml", { body: earlierFeed });
    desk = await startNewsdesk({
      env: { FEEDS: server.url("/economy.xml") },
      pages: { hostIntervalMs: 20 },
      // Polled every second (the shortest tick), where FEED_INTERVAL allows ten at least.
      config: { feedIntervalMs: 100 },
    });
  });
  afterAll(async () => {
    await desk.stop();
    await server.stop();
  });

  it("a Markdown article dropped into the corpus is pushed once, as a headline, and /latest lists it first", async () => {
    const { emu } = desk;
    const reader = emu.user();
    reader.send("/subscribe instant");
    await emu.waitForMessages(reader.id, 1);

    desk.dropPage("caspian-ferries.md");
    const [, push] = await emu.waitForMessages(reader.id, 2, 15_000);
    await outboxDrained(desk);
    expect(emu.messages(reader.id)).toHaveLength(2);
    expect(shown(emu, push).split("\n")).toEqual([
      ARTICLE,
      "Ferries between Alat and Aktau now sail twice a day, the shipping company said on Wednesday.",
      "29 Mar 2023, 16:45 · ECONOMY",
      "Read on the site",
    ]);
    expect(buttonsOf(push)).toEqual([SUBSCRIPTION_TEXTS.buttons.explain]);

    reader.send("/latest");
    const [, , latest] = await emu.waitForMessages(reader.id, 3);
    expect(shown(emu, latest).split("\n").slice(2, 4)).toEqual([`• ${ARTICLE}`, "29 Mar 2023, 16:45 · ECONOMY"]);
  });

  it("a full-text feed item is pushed once, heads /latest, and questions are answered from its text", { timeout: 30_000 }, async () => {
    const { emu } = desk;
    await waitUntil(() => server.requestsTo("/economy.xml").length >= 1, "the feed's first poll");
    const reader = emu.user();
    reader.send("/subscribe instant");
    await emu.waitForMessages(reader.id, 1);

    server.route("/economy.xml", { body: fullTextFeed });
    const [, push] = await emu.waitForMessages(reader.id, 2, 15_000);
    await outboxDrained(desk);
    expect(emu.messages(reader.id)).toHaveLength(2);
    expect(shown(emu, push).split("\n")).toEqual([
      FEED_ARTICLE,
      "The terminal will handle a million tonnes a year",
      "29 Mar 2023, 09:30 · Caliber Economy",
      "Read on the site",
    ]);

    reader.send("/latest");
    const [, , latest] = await emu.waitForMessages(reader.id, 3);
    // Newest first: the Markdown article dropped before is dated later that day.
    expect(shown(emu, latest).split("\n").slice(2, 7)).toEqual([
      `• ${ARTICLE}`,
      "29 Mar 2023, 16:45 · ECONOMY",
      "",
      `• ${FEED_ARTICLE}`,
      "29 Mar 2023, 09:30 · Caliber Economy",
    ]);

    reader.send("how much did the grain terminal in Alat cost?");
    const [, , , answer] = await emu.waitForMessages(reader.id, 4);
    expect(boldIn(emu, answer!)[0]).toBe("Costs");
    expect(shown(emu, answer)).toContain("45 million dollars");
  });

  it("a link-only feed item is pushed at once, and answered from once its page is read", { timeout: 30_000 }, async () => {
    const { emu } = desk;
    const reader = emu.user();
    reader.send("/subscribe instant");
    await emu.waitForMessages(reader.id, 1);
    server.route("/economy/alat-ferry", { body: readFileSync(new URL("../sources/fixtures/pages/alat-ferry.html", import.meta.url), "utf8"), contentType: "text/html" });
    const withLink = fullTextFeed.replace(
      "<item>",
      `<item><title>New ferry links Alat and Turkmenbashi</title><link>${server.url("/economy/alat-ferry")}</link><pubDate>Wed, 29 Mar 2023 10:15:00 +0400</pubDate></item><item>`,
    );
    server.route("/economy.xml", { body: withLink });
    const [, push] = await emu.waitForMessages(reader.id, 2, 15_000);
    expect(shown(emu, push).split("\n")[0]).toBe("New ferry links Alat and Turkmenbashi");

    const read = () => desk.readStore(async (store) => (await store.feedStories.all()).some((story) => story.article?.title === "New ferry links Alat and Turkmenbashi"));
    await waitUntil(read, "the article page to be read", 15_000);
    // The index is rebuilt just after the page is stored: a question may come a moment before it is swapped in.
    let answer = "";
    for (let tries = 0; tries < 20 && !answer.includes("1,200 dollars"); tries++) {
      const before = emu.messages(reader.id).length;
      reader.send("how much does a ferry crossing cost for a lorry?");
      answer = shown(emu, (await emu.waitForMessages(reader.id, before + 1)).at(-1));
    }
    expect(answer).toContain("1,200 dollars");
    expect(answer.split("\n")[0]).toBe("Ticket prices");
  });
});
