import { beforeAll, describe, expect, it } from "vitest";
import { testArticle } from "./helpers/articles.js";
import { createProseMeasure, createProseMemo, measureProseSteps, proseSharesOf } from "../../src/search/prose.js";
import { runAtOnce } from "../../src/search/build-steps.js";
import { SEARCH_DEFAULTS } from "../../src/search/defaults.js";
import type { WordListed } from "../../src/search/word-rarity.js";
import { createSearchEngine } from "../../src/search/engine.js";
import { loadLanguage, type Language } from "../../src/search/language.js";
import type { Article, Corpus } from "../../src/corpus/types.js";

let language: Language;
beforeAll(() => {
  language = loadLanguage();
});

const PROSE = "Tehran accuses Baku of hosting foreign troops, and the two capitals have traded warnings for months.";
/** The kind of text a broken scrape or a page of filler makes: invented words with a few real ones. */
const SALAD = "Quinutiar denu elruja Baku lika sujaveti troops moxourja votefuka hivezane walisuro nuzuhi irsubiro.";

const article = (id: string, publishedAt: string, text: string): Article =>
  testArticle(id, publishedAt, [{ heading: null, paragraphs: ["An opening paragraph of the page."] }, { heading: `Part of ${id}`, paragraphs: [text] }], {
    file: `${id}.txt`,
  });

describe("how much a passage reads as prose", () => {
  it("is full for English prose and low for word salad", () => {
    const proseOf = createProseMeasure(language.listed, { salad: 0.3, prose: 0.6 });
    expect(proseOf(PROSE, "en")).toBe(1);
    expect(proseOf("Ukraine receives 18 Leopard 2 tanks", "en")).toBe(1);
    expect(proseOf(SALAD, "en")).toBeLessThan(0.3);
  });

  it("reads a headline by all its words, names included: a real one as prose, invented words as salad", () => {
    const proseOf = createProseMeasure(language.listed, { salad: 0.3, prose: 0.6 });
    expect(proseOf("Aliyev receives outgoing EU ambassador", "en")).toBe(1);
    expect(proseOf("Quinutiar Velayati yetequi urorurnu Aliyev monitoring", "en")).toBe(0);
    expect(proseOf("Tamar Beridze", "en")).toBe(1);
  });

  it("reads a section's paragraphs as the text they make joined, to the same share", () => {
    const proseOf = createProseMeasure(language.listed, { salad: 0.3, prose: 0.6 });
    // Short paragraphs, so the sample of 40 words runs across several; salad between prose moves the share.
    const paragraphs = [PROSE.slice(0, 40), SALAD, "Few words.", PROSE, SALAD.slice(0, 60), PROSE];
    for (let end = 1; end <= paragraphs.length; end++) {
      const taken = paragraphs.slice(0, end);
      expect(proseOf(taken, "en")).toBe(proseOf(taken.join(" "), "en"));
    }
    expect(new Set(paragraphs.map((_, end) => proseOf(paragraphs.slice(0, end + 1), "en"))).size).toBeGreaterThan(2);
  });

  it("reads a page in a language with no word list here as prose", () => {
    expect(createProseMeasure(language.listed, { salad: 0.3, prose: 0.6 })("Иран обвиняет Баку", "ru")).toBe(1);
  });

  it("puts the passage that explains ahead of shorter salad sharing the question's words", () => {
    // Twenty salad passages, each shorter (so stronger by BM25) than the one that reads as prose.
    const salads = Array.from({ length: 20 }, (_, i) => article(`salad-${i}`, "2023-06-01T10:00:00+04:00", `Baku troops ${SALAD}`.slice(0, 60)));
    const corpus: Corpus = { articles: [...salads, article("real", "2023-01-01T10:00:00+04:00", PROSE)], headlines: [] };
    const [first] = createSearchEngine(corpus, { language }).search("troops in Baku");
    expect(first).toMatchObject({ section: "Part of real" });
  });

  it("weighs passages as they are ranked, so that more salad than any pool still leaves the prose first", () => {
    const salads = Array.from({ length: 400 }, (_, i) => article(`salad-${i}`, "2023-06-01T10:00:00+04:00", `Baku troops ${SALAD}`.slice(0, 60)));
    const corpus: Corpus = { articles: [...salads, article("real", "2023-01-01T10:00:00+04:00", PROSE)], headlines: [] };
    const [first] = createSearchEngine(corpus, { language }).search("troops in Baku");
    expect(first).toMatchObject({ section: "Part of real" });
  });
});

describe("prose measures kept for the next engines", () => {
  /** The word list, counting its look-ups: every measure of a passage asks it of the passage's words. */
  const counted = () => {
    const listed = Object.assign((word: string) => (listed.asked++, language.listed(word)), { asked: 0 }) as WordListed & { asked: number };
    return listed;
  };
  const corpus = (): Corpus => ({
    articles: [
      article("real", "2023-01-01T10:00:00+04:00", PROSE),
      ...Array.from({ length: 5 }, (_, i) => article(`salad-${i}`, "2023-06-01T10:00:00+04:00", `Baku troops ${SALAD}`)),
    ],
    headlines: [
      { id: "h1", title: "Baku troops on the border, Tehran warns", subtitle: null, tag: null, publishedAt: "2023-01-02T10:00:00+04:00", list: "Latest news", url: null, language: "en" },
    ],
  });

  it("measures a passage once for every engine that shares the memo, and answers as an engine of its own does", () => {
    const pages = corpus();
    const listed = counted();
    const prose = createProseMemo(listed, proseSharesOf(SEARCH_DEFAULTS));
    const first = createSearchEngine(pages, { language, prose }).search("troops in Baku");
    const asked = listed.asked;
    expect(asked).toBeGreaterThan(0);
    // A new engine over the same pages, as a landed page or a merge makes one.
    const second = createSearchEngine({ ...pages, articles: [...pages.articles] }, { language, prose }).search("troops in Baku");
    expect(listed.asked).toBe(asked);
    expect(second).toEqual(first);
    expect(createSearchEngine(pages, { language }).search("troops in Baku")).toEqual(first);
  });

  it("measures every passage in steps beforehand, so that a question measures none", () => {
    const pages = corpus();
    const listed = counted();
    const prose = createProseMemo(listed, proseSharesOf(SEARCH_DEFAULTS));
    // A slice of 0 ms pauses after each article and headline.
    const steps = measureProseSteps(pages, prose, 0);
    let pauses = 0;
    while (!steps.next().done) pauses++;
    expect(pauses).toBe(pages.articles.length + pages.headlines.length);
    const asked = listed.asked;
    createSearchEngine(pages, { language, prose }).search("troops in Baku");
    createSearchEngine(pages, { language, prose }).search("Tehran warns");
    expect(listed.asked).toBe(asked);
    runAtOnce(measureProseSteps(pages, prose, 20));
    expect(listed.asked).toBe(asked);
  });
});
