import { describe, expect, it } from "vitest";
import type { Article } from "../../src/corpus/types.js";
import type { ListedStory } from "../../src/store/types.js";
import { BACKENDS } from "./support/backends.js";

const T0 = Date.parse("2026-11-30T09:00:00Z");
const HOUR = 60 * 60 * 1000;

function story(key: string, fields: Partial<ListedStory> = {}): ListedStory {
  const url = `https://caliber.az/en/post/${key}`;
  return {
    storyKey: `caliber.az/en/post/${key}`,
    feed: "https://caliber.az/rss",
    url,
    headline: { id: key, title: `Headline ${key}`, tag: null, subtitle: null, publishedAt: "2026-11-30T12:00:00+04:00", list: "Caliber RSS", url, language: "en" },
    article: null,
    fetch: true,
    ...fields,
  };
}

const article = (title: string): Article => ({
  id: `feed-${title}`,
  title,
  subtitle: null,
  author: null,
  category: "REGION",
  publishedAt: "2026-11-30T12:00:00+04:00",
  url: null,
  language: "en",
  sections: [{ heading: null, paragraphs: ["Baku and Yerevan agreed on the text of the treaty."] }],
  file: "feed",
});

describe.each(BACKENDS)("feed stories on %s", (_backend, open) => {
  it("makes a new story with only a link due now, and a read one due again once it is older than the refresh", async () => {
    const store = await open(() => T0);
    expect(await store.feedStories.list([story("peace-treaty"), story("full-text", { article: article("Full text"), fetch: false })], T0, T0 - HOUR)).toBe(2);
    expect((await store.feedStories.due(T0, 10)).map((due) => due.storyKey)).toEqual(["caliber.az/en/post/peace-treaty"]);

    await store.feedStories.saveFetched("caliber.az/en/post/peace-treaty", { article: article("Peace treaty"), etag: '"v1"', lastModified: null }, T0);
    expect(await store.feedStories.due(T0, 10)).toEqual([]);
    expect(await store.feedStories.list([story("peace-treaty")], T0 + HOUR, T0 - HOUR)).toBe(0);
    expect(await store.feedStories.due(T0 + HOUR, 10)).toEqual([]);

    expect(await store.feedStories.list([story("peace-treaty")], T0 + 2 * HOUR, T0 + HOUR)).toBe(0);
    expect(await store.feedStories.due(T0 + 2 * HOUR, 10)).toMatchObject([{ storyKey: "caliber.az/en/post/peace-treaty", etag: '"v1"', failures: 0 }]);
    expect((await store.feedStories.all()).map((kept) => kept.article?.title)).toEqual(["Peace treaty", "Full text"]);
  });

  it("retries a failed page at the time given, and gives it up when none is", async () => {
    const store = await open(() => T0);
    await store.feedStories.list([story("a"), story("b")], T0, T0);
    await store.feedStories.saveFailure("caliber.az/en/post/a", "HTTP 503", T0 + HOUR);
    await store.feedStories.saveFailure("caliber.az/en/post/b", "HTTP 404", null);
    expect(await store.feedStories.due(T0, 10)).toEqual([]);
    expect(await store.feedStories.nextDueAfter(T0)).toBe(T0 + HOUR);
    expect(await store.feedStories.due(T0 + HOUR, 10)).toMatchObject([{ storyKey: "caliber.az/en/post/a", failures: 1 }]);
  });
});
