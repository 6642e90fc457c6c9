import { describe, expect, it } from "vitest";
import type { Article } from "../../src/corpus/types.js";
import { corpusFromRows, corpusRows, ORDER_KEY, type RowCache } from "../../src/instances/corpus-rows.js";
import { fixtureCorpus } from "./helpers/fixture-corpus.js";

describe("a corpus as rows of corpus_pages", () => {
  it("is one row per article and headline, keyed by kind and id, and comes back exactly, in its order", async () => {
    const corpus = await fixtureCorpus();
    const rows = corpusRows(corpus);
    expect(rows.map((row) => row.key)).toEqual([
      ...corpus.articles.map((article) => `article:${article.id}`),
      ...corpus.headlines.map((headline) => `headline:${headline.id}`),
      ORDER_KEY,
    ]);
    const reversed = { articles: [...corpus.articles].reverse(), headlines: [...corpus.headlines].reverse() };
    expect(corpusFromRows([...corpusRows(reversed)].reverse())).toStrictEqual(reversed);
    expect(corpusFromRows(rows)).toStrictEqual(corpus);
  });

  it("changes the hash of a changed article's row alone", async () => {
    const corpus = await fixtureCorpus();
    const [first, ...rest] = corpus.articles as [Article, ...Article[]];
    const edited = { ...corpus, articles: [{ ...first, title: `${first.title} (updated)` }, ...rest] };
    const before = new Map(corpusRows(corpus).map((row) => [row.key, row.hash]));
    const changed = corpusRows(edited).filter((row) => before.get(row.key) !== row.hash);
    expect(changed.map((row) => row.key)).toEqual([`article:${first.id}`]);
  });

  it("serialises a page object once: a publication after one page landed writes the JSON of that page alone", async () => {
    const corpus = await fixtureCorpus();
    const cache: RowCache = new WeakMap();
    const first = corpusRows(corpus, cache);
    const [article] = corpus.articles as [Article];
    // The same object again is read from the cache, not serialised again (a reload keeps unchanged pages' objects).
    const stale = JSON.stringify(article);
    (article as { title: string }).title = "changed in place";
    const again = corpusRows(corpus, cache);
    expect(again.find((row) => row.key === `article:${article.id}`)?.body).toBe(stale);
    expect(again).toEqual(first);
    // A new object (a page parsed again) is serialised.
    const landed = { ...corpus, articles: [{ ...article }, ...corpus.articles.slice(1)] };
    expect(corpusRows(landed, cache).find((row) => row.key === `article:${article.id}`)?.body).toContain("changed in place");
  });

  it("keeps two articles of one id (a.txt and a.md) apart", async () => {
    const [article] = (await fixtureCorpus()).articles as [Article];
    const twin = { ...article, file: article.file.replace(/\.\w+$/, ".md"), title: "The Markdown one" };
    const corpus = { articles: [article, twin], headlines: [] };
    expect(corpusRows(corpus).map((row) => row.key)).toEqual([`article:${article.id}`, `article:${article.id}~2`, ORDER_KEY]);
    expect(corpusFromRows(corpusRows(corpus))).toStrictEqual(corpus);
  });

  it("is an empty corpus when nothing was published", () => {
    expect(corpusFromRows([])).toStrictEqual({ articles: [], headlines: [] });
  });
});
