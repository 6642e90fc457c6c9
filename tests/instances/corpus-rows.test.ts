import { describe, expect, it } from "vitest";
import type { Article } from "../../src/corpus/types.js";
import { corpusFromRows, corpusRows, ORDER_KEY } from "../../src/instances/corpus-rows.js";
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
