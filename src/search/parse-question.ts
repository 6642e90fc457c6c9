import type { SearchSettings } from "./defaults.js";
import type { createTermExpander, Expansion } from "./expand-terms.js";
import type { InvertedIndex } from "./inverted-index.js";
import type { Language } from "./language.js";
import type { QueryTerm } from "./rank.js";
import type { MatchedTerms } from "./excerpt.js";
import type { QuestionWord } from "./answer-kind.js";
import { askedFor, type AskedFor } from "./asked.js";
import { tokenize } from "./tokenize.js";

/** Past this many content words a question is a paste, not a question: the rest is ignored. */
const MAX_QUERY_WORDS = 32;

export interface ParsedQuestion {
  query: QueryTerm[];
  /** Every vocabulary term that stands for a question word, synonyms included: what excerpts are chosen by. */
  matched: MatchedTerms;
  /** Only the words the reader typed, with their folds, stems, typos and affixes: what is shown in bold. */
  typed: MatchedTerms;
  words: QuestionWord[];
  asked: AskedFor;
}

interface ParserDeps {
  index: InvertedIndex;
  expander: ReturnType<typeof createTermExpander>;
  language: Language;
  fold: (word: string) => string;
  settings: SearchSettings;
}

/** Opens its sentence: the capital says nothing of a name there. */
const opensSentence = (text: string, start: number) => /(?:^|[.!?…]["”’)]*)\s*$/.test(text.slice(0, start));

/** A question's content words, each with the vocabulary words that may stand for it and what finding it is worth. */
export function createQuestionParser({ index, expander, language, fold, settings }: ParserDeps) {
  const { rarity, synonyms } = language;
  return function parseQuestion(question: string): ParsedQuestion {
    const text = question.normalize("NFC");
    const asked = askedFor(text);
    const surfaces = new Map<string, { surface: string; capitalised: boolean }>();
    for (const { term, start, end } of tokenize(text, fold))
      if (!surfaces.has(term)) surfaces.set(term, { surface: text.slice(start, end), capitalised: /^\p{Lu}/u.test(text[start]!) && !opensSentence(text, start) });
    const matched = new Map<string, { query: number; weight: number }>();
    const typed = new Map<string, { query: number; weight: number }>();
    const words: QuestionWord[] = [];
    const query = [...surfaces].slice(0, MAX_QUERY_WORDS).map(([word, { surface, capitalised }], position): QueryTerm => {
      const exact = expander.termId(word);
      // A word the corpus lacks weighs as much as it is rare in English: phrasing matters little, names a lot.
      const known = exact !== undefined ? index.idf[exact]! : index.maxIdf * Math.max(settings.unknownWordFloor, rarity(surface));
      // A number is rare in any corpus, yet names no topic alone: "2022" is not the point of a question.
      const importance = /^\d+$/.test(word) ? Math.min(known, index.maxIdf * settings.numberWeight) : known;
      const expansions: Array<Expansion & { typed: boolean }> = expander
        .expand(word, exact !== undefined || rarity(surface) >= settings.typoMinRarity)
        .map((e) => ({ ...e, typed: true }));
      const related = synonyms(surface);
      const relate = (relatedWords: string[], weight: number) => {
        for (const { term } of relatedWords.flatMap((w) => tokenize(w, fold))) {
          const termId = expander.termId(term);
          if (termId !== undefined && !expansions.some((e) => e.termId === termId)) expansions.push({ termId, weight, typed: false });
        }
      };
      relate(related.synonyms, settings.synonymWeight);
      relate(related.broader, settings.broaderWeight);
      // A stand-in found in a great many passages costs a long walk and tells little: only the word itself walks it.
      const affordable = expansions.filter((e) => e.weight === 1 || index.docs[e.termId]!.length <= settings.expansionMaxPassages);
      const typedTerms = new Set([word]);
      const relatedTerms = new Set<string>();
      for (const { termId, weight, typed: isTyped } of affordable) {
        const term = index.terms[termId]!;
        (isTyped ? typedTerms : relatedTerms).add(term);
        for (const map of isTyped ? [matched, typed] : [matched]) {
          const earlier = map.get(term);
          if (!earlier || earlier.weight < importance * weight) map.set(term, { query: position, weight: importance * weight });
        }
      }
      words.push({ surface, term: word, typed: typedTerms, related: relatedTerms, capitalised, marker: asked.markers.has(surface.toLowerCase()), importance, known: affordable.some((e) => e.typed) });
      return { expansions: affordable.map(({ termId, weight }) => ({ termId, weight })), importance };
    });
    return { query, matched, typed, words, asked };
  };
}
