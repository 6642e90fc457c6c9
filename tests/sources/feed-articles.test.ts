import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { createSearchEngine } from "../../src/search/engine.js";
import { loadLanguage } from "../../src/search/language.js";
import { FEED_DEFAULTS } from "../../src/sources/defaults.js";
import { feedCorpus } from "../../src/sources/feed-corpus.js";
import { parseFeedItems } from "../../src/sources/feed-items.js";

const xml = readFileSync(new URL("./fixtures/feeds/full-text-rss.xml", import.meta.url), "utf8");
const parsed = parseFeedItems(xml, {
  feedUrl: "https://caliber.example/rss/economy",
  foundAt: new Date("2023-03-29T08:00:00Z"),
  maxItems: FEED_DEFAULTS.maxItems,
  maxTitleLength: FEED_DEFAULTS.maxTitleLength,
  maxSubtitleLength: FEED_DEFAULTS.maxSubtitleLength,
});

describe("a full-text RSS feed", () => {
  test("an item with content:encoded is an article: its fields, and sections from its h2/h3", () => {
    const [terminal, bond] = parsed.stories;
    expect(terminal?.article).toMatchObject({
      title: "Azerbaijan and Kazakhstan open a new grain terminal in Alat",
      subtitle: "The terminal will handle a million tonnes a year",
      author: "Leyla Mammadova",
      category: "Caliber Economy",
      publishedAt: "2023-03-29T09:30:00+04:00",
      url: "https://caliber.example/economy/alat-grain-terminal",
    });
    expect(terminal?.article?.sections.map((section) => section.heading)).toEqual([null, "Why the route matters", "Costs"]);
    expect(terminal?.article?.sections[2]?.paragraphs).toEqual([
      "The terminal cost 45 million dollars, shared equally by the two companies. Café owners in the port hope for more visitors → and more trade.",
      "Silos rise 40 metres above the quay.",
    ]);
    // Its headline is the one item ingested for it, and names the article.
    expect(terminal?.item).toMatchObject({ kind: "headline", title: terminal?.article?.title, articleId: terminal?.article?.id });
    expect(bond?.article).toBeNull();
    expect(bond?.item.articleId).toBeNull();
  });

  test("a question is answered from the feed's article, and the link-only item is a headline", () => {
    const corpus = feedCorpus(
      parsed.stories.map((story) => ({
        storyKey: story.storyKey,
        feed: "https://caliber.example/rss/economy",
        url: story.item.url,
        headline: { id: story.storyKey, ...story.item, language: story.language },
        article: story.article,
      })),
    );
    expect(corpus.headlines.map((headline) => headline.title)).toEqual(["Baku stock exchange lists its first green bond"]);
    const engine = createSearchEngine(corpus, { language: loadLanguage() });
    const [answer] = engine.search("how much did the Alat grain terminal cost?");
    expect(answer).toMatchObject({ kind: "section", section: "Costs" });
    expect(answer?.excerpt).toContain("45 million dollars");
  });
});
