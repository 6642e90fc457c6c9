import { describe, expect, it } from "vitest";
import { createSearchEngine } from "../../src/search/engine.js";
import { loadLanguage } from "../../src/search/language.js";
import { pricedThings, pricesThing } from "../../src/search/priced-thing.js";
import { readSentences, type QuestionWord } from "../../src/search/question-words.js";
import { testArticle } from "./helpers/articles.js";
import { questionWord } from "./helpers/question-words.js";

const fold = (word: string) => word.toLowerCase();
const word = (surface: string, extra: Partial<QuestionWord> = {}) => questionWord(surface, fold, extra);
const sentence = (text: string) => readSentences(text, fold)[0]!;

describe("what a question asks the price of", () => {
  it("leaves out the sum's own words, the markers, the words no page uses and what the article's title names", () => {
    const words = [word("much", { marker: true }), word("MRI"), word("scanner"), word("hospital"), word("cost"), word("Zorbex", { known: false })];
    expect(pricedThings(words, readSentences("Children's hospital opens in Ganja", fold)).map((w) => w.surface)).toEqual(["MRI", "scanner"]);
  });

  it("is nothing when the question asks the price of what the title names", () => {
    const words = [word("much", { marker: true }), word("new"), word("campus"), word("cost")];
    expect(pricedThings(words, readSentences("University opens new campus", fold))).toEqual([]);
  });
});

describe("whether a sentence prices the thing asked of", () => {
  const bakikart = [word("bakikart")];

  it("asks the clause holding the sum to name it", () => {
    expect(pricesThing(sentence("A ride costs 0.60 manats, and passengers can pay by card instead of topping up a BakiKart."), bakikart)).toBe(false);
    expect(pricesThing(sentence("A new BakiKart costs 2 manats at every station."), bakikart)).toBe(true);
  });

  it("reads a relative clause as going on with the one before it, and a figure's comma as no break", () => {
    const year = [word("foundation"), word("year")];
    expect(pricesThing(sentence("Most students spend a foundation year there, which costs their families 8,000 to 15,000 euros."), year)).toBe(true);
    expect(pricesThing(sentence("The hospital cost 148 million manats; 61 million went on equipment, including an MRI scanner."), [word("mri")])).toBe(false);
  });

  it("takes any sum when nothing is asked beyond the article's subject", () => {
    expect(pricesThing(sentence("It cost 148 million manats."), [])).toBe(true);
  });

  it("asked the price of one, takes no total for many of them, unless the clause says what each costs", () => {
    const gauge = [word("gauges")];
    const total = sentence("That stage will need another 70 gauges and 150 sirens and is expected to cost about 22 million manats.");
    expect(pricesThing(total, gauge, true)).toBe(false);
    expect(pricesThing(total, gauge, false)).toBe(true);
    expect(pricesThing(sentence("The 70 gauges cost 9,000 manats each."), gauge, true)).toBe(true);
    expect(pricesThing(sentence("Gauges cost 9,000 manats, and the ministry bought 70 of them."), gauge, true)).toBe(true);
  });
});

describe("a sum asked of one thing, beside the sum of another", () => {
  const museum = testArticle("carpet-museum", "2026-10-23T13:25:00+04:00", [
    { heading: "Tickets and opening hours", paragraphs: ["The museum is open from 10:00 to 18:00. A ticket costs 10 manats for adults, and there is an audio guide in five languages."] },
    { heading: "The museum's collection", paragraphs: ["The museum shows 640 carpets, and its shop sells postcards of the museum for 2 manats each."] },
    { heading: "A merchant's house", paragraphs: ["The museum stands in a house built in 1860 by a family of silk traders."] },
    { heading: "Restorers from Florence", paragraphs: ["A studio from Florence cleaned the oldest carpets before the museum opened."] },
  ]);
  const engine = createSearchEngine({ articles: [museum], headlines: [] }, { language: loadLanguage() });

  it("is related coverage, not the other thing's price", () => {
    expect(engine.search("how much does the audio guide cost at the museum")[0]).toMatchObject({ section: "Tickets and opening hours", match: "related" });
  });

  it("leaves the price of the thing asked of to be answered", () => {
    expect(engine.search("how much does a ticket to the museum cost")[0]).toMatchObject({ section: "Tickets and opening hours", match: "answer" });
  });
});
