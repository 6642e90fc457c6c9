import { beforeAll, describe, expect, it } from "vitest";
import type { Headline } from "../../src/corpus/types.js";
import { createSearchEngine } from "../../src/search/engine.js";
import { loadLanguage, type Language } from "../../src/search/language.js";

let language: Language;
beforeAll(() => {
  language = loadLanguage();
});

const TITLES = [
  "Azerbaijan and Armenia resume border talks in Brussels",
  "Azerbaijan opens a new railway station in Nakhchivan",
  "Azerbaijan's central bank keeps its rate at 9 percent",
  "Georgia and Armenia sign a power line deal",
];

function engine() {
  const headlines: Headline[] = TITLES.map((title, i) => ({
    id: `h${i}`,
    title,
    tag: null,
    subtitle: null,
    publishedAt: "2023-01-27T14:27:00+04:00",
    list: "Latest news",
    url: null,
    language: "en",
  }));
  return createSearchEngine({ articles: [], headlines }, { language });
}

describe("how common a reader's words are in the corpus", () => {
  it("gives each word the share of passages holding it, folded as questions are, and null for a stopword", () => {
    const shares = engine().wordShares("The Azerbaijani talk, of Armenia! Tbilisi");
    expect(shares.passages).toBe(4);
    expect(shares.words).toEqual([
      { word: "The", share: null },
      // "Azerbaijani" folds to no word of the corpus by itself: only the index's own terms count.
      { word: "Azerbaijani", share: 0 },
      { word: "talk", share: 0.25 },
      { word: "of", share: null },
      { word: "Armenia", share: 0.5 },
      { word: "Tbilisi", share: 0 },
    ]);
    expect(engine().wordShares("Azerbaijan’s").words).toEqual([{ word: "Azerbaijan’s", share: 0.75 }]);
  });
});
