import { measureStarts, NUMBER_WORDS, SUM_CUE } from "./measures.js";
import { typedIn, type QuestionWord, type SentenceWords } from "./question-words.js";

/**
 * What parts a sentence into clauses: a sum in one clause prices what that clause names. A relative clause goes on
 * with the one before it ("a foundation year, which costs 8,000 euros").
 */
const CLAUSE_BREAK = /(?:[,;:](?=\s)|\(|\s[–—-])(?!\s*(?:which|who|whose|that)\b)|\)/g;

/**
 * The things a question asks the price of: its words beyond the sum's own ("cost", "pay") and beyond what the whole
 * article is about, which its title says ("how much did the MRI scanner at the Ganja hospital cost", on the page
 * "Ganja children's hospital opens": the scanner). Asked the price of the article's own subject ("how much did the
 * new campus cost", under "University opens new campus"), there is none: any sum of the passage may be it.
 */
export function pricedThings(words: readonly QuestionWord[], title: readonly SentenceWords[]): QuestionWord[] {
  return words.filter((word) => !word.marker && word.known && !SUM_CUE.test(word.surface.toLowerCase()) && !title.some((s) => typedIn(word, s)));
}

/**
 * Whether a sentence gives a sum for one of the priced things: the clause that holds the sum names it. "A ride costs
 * 0.60 manats, … instead of topping up a BakiKart" gives no BakiKart's price, nor "a ticket costs 10 manats, … and
 * there is an audio guide" the guide's. With nothing to price beyond the article's subject, any sum will do.
 */
export function pricesThing(sentence: SentenceWords, things: readonly QuestionWord[], perUnit = false): boolean {
  if (things.length === 0) return true;
  const breaks = [...sentence.text.matchAll(CLAUSE_BREAK)].map((m) => m.index);
  const clauseAt = (at: number) => breaks.filter((end) => end < at).length;
  const sumClauses = new Set(measureStarts(sentence.text, "money").map(clauseAt));
  return [...sumClauses].some((clause) => {
    const tokens = sentence.tokens.filter(({ start }) => clauseAt(start) === clause);
    // Asked the price of one, a clause that counts many of the thing ("another 70 gauges … to cost 22 million
    // manats") gives their total, unless it says what each costs.
    const ofOne = perUnit && !EACH.test(sentence.text.slice(clause === 0 ? 0 : breaks[clause - 1], breaks[clause]));
    const countsMany = (start: number) => ofOne && MANY_BEFORE.test(sentence.text.slice(0, start));
    const terms = new Set(tokens.filter(({ start }) => !countsMany(start)).map(({ term }) => term));
    return things.some((word) => typedIn(word, { ...sentence, terms }));
  });
}

/** A number of two or more right before a word, maybe with one word between ("70 gauges", "150 new sirens"). */
const MANY_BEFORE = new RegExp(`(?:(?<![\\d,.])(?:[2-9]|\\d{2,}|\\d[\\d,.]*\\d)|\\b(?:${NUMBER_WORDS}))\\s+(?:[\\p{L}-]+\\s+)?$`, "iu");
/** Words by which a total is given for each of many: "each", "apiece", "per", "a piece". */
const EACH = /\b(?:each|apiece|per|a piece)\b/i;
