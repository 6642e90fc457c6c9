import { keptUpTo } from "./kept.js";
import type { QuestionWord } from "./question-words.js";
import type { Definitions } from "./thesaurus.js";
import { splitWords, termsOfPiece, EDGE_PUNCTUATION, type TermFolder } from "./tokenize.js";

/** Shorter words are mostly function words and abbreviations, whose definitions relate nothing. */
const MIN_TERM_LENGTH = 3;

/**
 * Gloss overlap (Lesk) from the passage's side: a passage holds a question word it never uses when one of its
 * words is defined by it ("inflation" is "a general and progressive increase in prices", "consequence" "a
 * phenomenon that follows and is caused by ..."). Measured on the tuning sets, the other side (the question word's definition
 * using a passage's word) and shared definition words found noise more often than answers. A word's defining
 * terms are found when it is first met and kept: WordNet's look-ups cost some microseconds each.
 */
export function createGlossOverlap(definitions: Definitions, fold: TermFolder, kept: number) {
  const defining = new Map<string, ReadonlySet<string>>();
  const definingTerms = (surface: string): ReadonlySet<string> => {
    let terms = defining.get(surface);
    if (!terms) {
      const own = new Set(termsOfPiece(surface, fold));
      const words = definitions(surface).flatMap((text) => splitWords(text).flatMap((piece) => termsOfPiece(piece, fold)));
      terms = new Set(words.filter((term) => !own.has(term)));
      if (defining.size < 100_000) defining.set(surface, terms);
    }
    return terms;
  };

  /**
   * A passage's terms, and the terms that define its words (WordNet is read by the written word), kept by
   * passage up to `kept` of them: a question asks this of its ten best passages, and the next asks it again.
   */
  const passages = keptUpTo<number, { terms: ReadonlySet<string>; defined: ReadonlySet<string> }>(kept);
  const passageOf = (doc: number, texts: () => readonly string[]) =>
    passages(doc, () => {
      const terms = new Set<string>();
      const defined = new Set<string>();
      const seen = new Set<string>();
      for (const piece of texts().flatMap(splitWords)) {
        const surface = piece.replace(EDGE_PUNCTUATION, "").toLowerCase();
        if (seen.has(surface)) continue;
        seen.add(surface);
        const [term] = termsOfPiece(surface, fold);
        if (!term || term.length < MIN_TERM_LENGTH) continue;
        terms.add(term);
        for (const used of definingTerms(surface)) defined.add(used);
      }
      return { terms, defined };
    });

  const holds = (terms: ReadonlySet<string>, word: QuestionWord) => {
    for (const term of word.typed) if (terms.has(term)) return true;
    for (const term of word.related) if (terms.has(term)) return true;
    return false;
  };

  /**
   * The importance an English passage (`doc`, whose `texts` are read when first asked) earns through definitions,
   * times `weight`: each question word it holds neither as typed nor by a synonym, but through a word defined by
   * it. A marker says what kind of answer is wanted ("what *year*"), not what it must speak of.
   */
  return function creditOf(words: readonly QuestionWord[], doc: number, texts: () => readonly string[], weight: number): number {
    const { terms, defined } = passageOf(doc, texts);
    let credit = 0;
    for (const word of words) if (!word.marker && defined.has(word.term) && !holds(terms, word)) credit += word.importance * weight;
    return credit;
  };
}
