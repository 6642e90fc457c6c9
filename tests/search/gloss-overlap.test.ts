import { beforeAll, describe, expect, it } from "vitest";
import { testArticle } from "./helpers/articles.js";
import { createGlossOverlap } from "../../src/search/gloss-overlap.js";
import { createSearchEngine } from "../../src/search/engine.js";
import { SEARCH_DEFAULTS } from "../../src/search/defaults.js";
import { loadLanguage, type Language } from "../../src/search/language.js";
import { createTermFolder } from "../../src/search/tokenize.js";
import { questionWord } from "./helpers/question-words.js";
import type { Corpus } from "../../src/corpus/types.js";

let language: Language;
beforeAll(() => {
  language = loadLanguage();
});

const fold = createTermFolder("en");
/** A question word as the parser makes it, with `related` its synonyms' terms. */
const word = (surface: string, importance: number, related: string[] = [], marker = false) =>
  questionWord(surface, fold, { importance, related: new Set(related), marker, known: false });
const DEFINITIONS: Record<string, string[]> = { inflation: ["a general and progressive increase in prices"] };
const definitions = (surface: string) => DEFINITIONS[surface.toLowerCase()] ?? [];

describe("a question word held through a word defined by it", () => {
  it("earns its importance times the weight", () => {
    const creditOf = createGlossOverlap(definitions, fold, 10);
    const texts = () => ["Inflation in Iran reached 50 percent in November."];
    expect(creditOf([word("prices", 2), word("Iran", 1)], 1, texts, 0.5)).toBe(1);
  });

  it("earns nothing when the passage holds the word itself or a synonym of it, or the word is a marker", () => {
    const creditOf = createGlossOverlap(definitions, fold, 10);
    expect(creditOf([word("prices", 2)], 1, () => ["Inflation pushed food prices up in November."], 0.5)).toBe(0);
    expect(creditOf([word("prices", 2, ["cost"])], 2, () => ["Inflation raised the cost of bread."], 0.5)).toBe(0);
    expect(creditOf([word("prices", 2, [], true)], 3, () => ["Inflation in Iran reached 50 percent."], 0.5)).toBe(0);
  });
});

/** Sections that share the question's names; only "Money" speaks of prices, by a word whose definition uses it. */
const corpus: Corpus = {
  articles: [
    testArticle("economy", "2026-11-20T10:00:00Z", [
      { heading: null, paragraphs: ["The region's economies had a hard autumn, their central banks reported this week."] },
      { heading: "Money", paragraphs: ["Inflation in Iran reached 50 percent in November, the central bank said, as the rial fell again."] },
      { heading: "Oil", paragraphs: ["Iran's oil exports to China rose in November, the central bank said."] },
      { heading: "Trade", paragraphs: ["Turkey's trade with Azerbaijan grew in October, officials in Ankara said."] },
      { heading: "Gas", paragraphs: ["Azerbaijan will sell more gas to Europe next year, its energy minister said."] },
    ]),
  ],
  headlines: [],
};
const QUESTION = "What happened to prices in Iran in November?";

describe("ranking with gloss overlap", () => {
  it("puts first the passage that holds the question's last word through a word WordNet defines by it", () => {
    const [first] = createSearchEngine(corpus, { language }).search(QUESTION);
    expect(first?.section).toBe("Money");
    // Without it, the shorter section, as close to the question's words, comes first.
    const [plain] = createSearchEngine(corpus, { language, settings: { ...SEARCH_DEFAULTS, glossWeight: 0 } }).search(QUESTION);
    expect(plain?.section).toBe("Oil");
  });

  it("never decides alone: a passage confident only through a definition is no answer", () => {
    // "Iran" alone does not make "Money" confident; "prices" through "inflation" would.
    expect(createSearchEngine(corpus, { language }).search("Did prices go up in Iran?")).toEqual([]);
  });
});
