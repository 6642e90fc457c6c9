import { beforeAll, describe, expect, it, vi } from "vitest";
import { createLiveSearch } from "../../src/app/live-search.js";
import type { Corpus } from "../../src/corpus/types.js";
import { silentLogger } from "../../src/log/logger.js";
import { SEARCH_DEFAULTS } from "../../src/search/defaults.js";
import { loadLanguage, type Language } from "../../src/search/language.js";
import { createProseMemo, proseSharesOf, type ProseMemo } from "../../src/search/prose.js";
import { createSectionSentences, type SectionSentences } from "../../src/search/section-sentences.js";
import { testArticle } from "../search/helpers/articles.js";

let language: Language;
beforeAll(() => {
  language = loadLanguage();
});

const pages = (count: number, from = 0): Corpus => ({
  articles: Array.from({ length: count }, (_, i) =>
    testArticle(`page-${from + i}`, "2023-01-27T14:27:00+04:00", [
      { heading: null, paragraphs: [`The crossing number ${from + i} opened over the Kura river after three years of work.`] },
      { heading: "Traffic", paragraphs: ["Trucks will use it from next month, the ministry said."] },
    ]),
  ),
  headlines: [],
});

/** Holds the thread `ms`: a measure as slow as a long section's, whatever this machine's speed. */
const spin = (ms: number) => {
  for (const until = performance.now() + ms; performance.now() < until; );
};

/** The engines' memo, noting each section it is asked to measure, each measure taking at least `costMs`. */
function watchedMemo(costMs = 0): ProseMemo & { sections: Set<unknown> } {
  const memo = createProseMemo(language.listed, proseSharesOf(SEARCH_DEFAULTS));
  const sections = new Set<unknown>();
  return {
    sections,
    section: (section, language) => (sections.add(section), spin(costMs), memo.section(section, language)),
    headline: (headline) => memo.headline(headline),
  };
}

const sectionsOf = (corpus: Corpus) => corpus.articles.flatMap((article) => article.sections);

describe("the live search's prose measures", () => {
  it("measures every passage in the background after the first corpus, and a landed page's after it lands", async () => {
    const prose = watchedMemo();
    const live = createLiveSearch({ language, logger: silentLogger, prose });
    const first = pages(30);
    await live.publish(first);
    await vi.waitFor(() => expect(prose.sections.size).toBe(sectionsOf(first).length));
    const landed: Corpus = { articles: [...first.articles, ...pages(1, 30).articles], headlines: [] };
    await live.publish(landed);
    await vi.waitFor(() => expect(prose.sections.size).toBe(sectionsOf(landed).length));
    expect(live.engine().search("crossing number 30 Kura river")[0]).toMatchObject({ articleId: "page-30" });
    await live.stop();
  });

  it("stops measuring when the search stops", async () => {
    // 6,000 sections at 0.02 ms each: several of the background's 20 ms slices, on a fast machine too.
    const prose = watchedMemo(0.02);
    const live = createLiveSearch({ language, logger: silentLogger, prose });
    await live.publish(pages(3000));
    await live.stop();
    const measured = prose.sections.size;
    // The first slice ran as the corpus was published; the stop ended the rest.
    expect(measured).toBeGreaterThan(0);
    expect(measured).toBeLessThan(6000);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(prose.sections.size).toBe(measured);
  });
});

describe("the live search's sections' sentences", () => {
  it("are read by the engine made when a page lands as the engine before it split them", async () => {
    const shared = createSectionSentences(SEARCH_DEFAULTS.analyzedSectionsKept);
    const given: Array<{ section: unknown; sentences: unknown }> = [];
    const sentences: SectionSentences = (section, code) => {
      const split = shared(section, code);
      given.push({ section, sentences: split });
      return split;
    };
    const live = createLiveSearch({ language, logger: silentLogger, sentences });
    const first = pages(3);
    await live.publish(first);
    const question = "when will trucks use the crossing number 1";
    expect(live.engine().search(question)[0]).toMatchObject({ articleId: "page-1" });
    const splitBefore = new Map(given.splice(0).map((g) => [g.section, g.sentences]));
    expect(splitBefore.size).toBeGreaterThan(0);
    await live.publish({ articles: [...first.articles, ...pages(1, 3).articles], headlines: [] });
    expect(live.engine().search(question)[0]).toMatchObject({ articleId: "page-1" });
    // The landed page's engine asked for sections the first one had split, and got the very same sentences.
    const readAgain = given.filter((g) => splitBefore.has(g.section));
    expect(readAgain.length).toBeGreaterThan(0);
    for (const { section, sentences: split } of readAgain) expect(split).toBe(splitBefore.get(section));
    await live.stop();
  });
});
