import type { LanguageCode } from "../corpus/types.js";
import type { SearchSettings } from "./defaults.js";
import type { createTermExpander, Expansion } from "./expand-terms.js";
import type { SearchIndex } from "./search-index.js";
import type { Language } from "./language.js";
import type { QueryTerm } from "./rank.js";
import type { MatchedTerms } from "./excerpt.js";
import type { QuestionWord } from "./question-words.js";
import { askedFor, NOTHING_ASKED, type AskedFor } from "./asked.js";
import { tokenize, type TermFolder } from "./tokenize.js";
import { crossSpellings } from "./languages/cross-spellings.js";
import { focusOf } from "./focus.js";
import { createPhrasalVerbs, type PhrasalSynonyms } from "./phrasal-verbs.js";

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
  index: SearchIndex;
  expander: ReturnType<typeof createTermExpander>;
  language: Language;
  foldFor: (language: LanguageCode) => TermFolder;
  settings: SearchSettings;
}

/** How a question word is looked up: the vocabulary words that stand for it (`typed` when the reader may have meant them) and its weight. */
interface Lookup {
  expansions: Array<Expansion & { typed: boolean }>;
  importance: number;
}

/** Opens its sentence: the capital says nothing of a name there. */
const opensSentence = (text: string, start: number) => /(?:^|[.!?…]["”’)]*)\s*$/.test(text.slice(0, start));

/** A question's content words, each with the vocabulary words that may stand for it and what finding it is worth. */
export function createQuestionParser({ index, expander, language, foldFor, settings }: ParserDeps) {
  const { rarity, synonyms } = language;
  const english = foldFor("en");
  const phrasalSynonyms = createPhrasalVerbs(language);

  /** A word the corpus lacks weighs as much as it is rare in English: phrasing matters little, names a lot. */
  const weightOf = (term: string, surface: string, exact: number | undefined) => {
    const known = exact !== undefined ? index.idf[exact]! : index.maxIdf * Math.max(settings.unknownWordFloor, rarity(surface));
    // A number is rare in any corpus, yet names no topic alone: "2022" is not the point of a question.
    return /^\d+$/.test(term) ? Math.min(known, index.maxIdf * settings.numberWeight) : known;
  };

  /** The corpus's term for the English word an unlisted word is one typo from, when the corpus uses it. */
  function mendedSpelling(surface: string, fold: TermFolder): Array<Expansion & { typed: boolean }> {
    const meant = language.nearestListed(surface);
    const termId = meant ? expander.termId(fold(meant)) : undefined;
    return termId === undefined ? [] : [{ termId, weight: settings.fuzzyWeight, typed: true }];
  }

  /** The corpus's terms for the word's irregular forms ("sung" for "sang"), which it counts as the reader's own. */
  function irregularSpellings(surface: string, fold: TermFolder, found: readonly Expansion[]): Array<Expansion & { typed: boolean }> {
    const termIds = language.irregularForms(surface).flatMap((form) => tokenize(form, fold).map(({ term }) => expander.termId(term)));
    return [...new Set(termIds)]
      .filter((termId): termId is number => termId !== undefined && !found.some((e) => e.termId === termId))
      .map((termId) => ({ termId, weight: settings.affixWeight, typed: true }));
  }

  /** In pages of the question's own language: the word, its typos and affixes, and for English its WordNet synonyms. */
  function nativeLookup(term: string, surface: string, fold: TermFolder, inEnglish: boolean, capitalised: boolean, phrasal: PhrasalSynonyms): Lookup {
    const exact = expander.termId(term);
    const mayBeTypo = exact !== undefined || rarity(surface) >= settings.typoMinRarity;
    const expansions = expander.expand(term, mayBeTypo).map((e) => ({ ...e, typed: true }));
    // A name ("Kiprotich") is no English word mistyped.
    const mendable = inEnglish && !capitalised && mayBeTypo && expansions.length === 0 && surface.length >= settings.fuzzyMinLength;
    if (mendable) expansions.push(...mendedSpelling(surface, fold));
    if (inEnglish) expansions.push(...irregularSpellings(surface, fold, expansions));
    // A word the corpus lacks but spells closely ("musuem") weighs no more than the word it stands for: as a word
    // English never writes it would outweigh the rest of the question, and a passage be chosen by the typo alone.
    const standsFor = exact === undefined ? expansions[0] : undefined;
    const importance = Math.min(weightOf(term, surface, exact), standsFor ? index.idf[standsFor.termId]! : Infinity);
    if (!inEnglish) return { expansions, importance };
    const related = synonyms(surface);
    const relate = (relatedWords: readonly string[], weight: number) => {
      for (const { term: relatedTerm } of relatedWords.flatMap((w) => tokenize(w, fold))) {
        const termId = expander.termId(relatedTerm);
        if (termId !== undefined && !expansions.some((e) => e.termId === termId)) expansions.push({ termId, weight, typed: false });
      }
    };
    relate(related.synonyms, settings.synonymWeight);
    relate(phrasal.get(surface.toLowerCase().replace(/’/g, "'")) ?? [], settings.synonymWeight);
    relate(related.broader, settings.broaderWeight);
    return { expansions, importance };
  }

  /**
   * In pages of another language, only names cross: the word's spellings there (Зангезурского → zangezur,
   * İranın → iran) that the corpus uses, or for a capitalised word with none, the typos of its likeliest
   * spelling (Zəngəzur → zangazur → zangezur). A word that crosses in no spelling says nothing about
   * such a page, so it weighs as little as a word can rather than as a rare one.
   */
  function crossingLookup(surface: string, from: LanguageCode): Lookup {
    const terms = [...new Set(crossSpellings(surface, from).map(english).filter(Boolean))];
    const found = [...new Set(terms.map((term) => expander.termId(term)).filter((id): id is number => id !== undefined))];
    if (found.length > 0) return { expansions: found.map((termId) => ({ termId, weight: 1, typed: true })), importance: Math.max(...found.map((id) => index.idf[id]!)) };
    const likeliest = terms[0];
    if (likeliest && /^\p{Lu}/u.test(surface))
      return { expansions: expander.expand(likeliest, true).map((e) => ({ ...e, typed: true })), importance: weightOf(likeliest, likeliest, undefined) };
    return { expansions: [], importance: index.maxIdf * settings.unknownWordFloor };
  }

  /** Parses a question written in `questionLanguage` for pages in that language, or when `crossing` for pages in the others. */
  return function parseQuestion(question: string, questionLanguage: LanguageCode = "en", crossing = false): ParsedQuestion {
    const text = question.normalize("NFC");
    const fold = foldFor(questionLanguage);
    // The phrasings of what is asked, and the cues an excerpt is checked for, are English.
    const asked = questionLanguage === "en" ? askedFor(text) : NOTHING_ASKED;
    const focus = questionLanguage === "en" ? focusOf(text, language.partsOfSpeech)?.toLowerCase() : undefined;
    const phrasal = questionLanguage === "en" ? phrasalSynonyms(text) : new Map<string, string[]>();
    const surfaces = new Map<string, { surface: string; capitalised: boolean }>();
    for (const { term, start, end } of tokenize(text, fold))
      if (!surfaces.has(term)) {
        const surface = text.slice(start, end);
        // An acronym of three letters or more ("NBA", "NATO") is a name wherever it stands, unless the whole question
        // is shouted; two letters are as often a title ("PM", "MP").
        const acronym = /^\p{Lu}{3,}$/u.test(surface) && text !== text.toUpperCase();
        surfaces.set(term, { surface, capitalised: acronym || (/^\p{Lu}/u.test(text[start]!) && !opensSentence(text, start)) });
      }
    const matched = new Map<string, { query: number; weight: number }>();
    const typed = new Map<string, { query: number; weight: number }>();
    const words: QuestionWord[] = [];
    const query = [...surfaces].slice(0, MAX_QUERY_WORDS).map(([word, { surface, capitalised }], position): QueryTerm => {
      const marker = asked.markers.has(surface.toLowerCase());
      const lookup = crossing ? crossingLookup(surface, questionLanguage) : nativeLookup(word, surface, fold, questionLanguage === "en", capitalised, phrasal);
      const { expansions } = lookup;
      // A marker says what kind of answer is wanted ("how *long*", "what *year*"), not what the answer speaks of:
      // it is not searched, nor is it the focus.
      const importance = marker ? 0 : lookup.importance;
      // A stand-in found in a great many passages is kept (a passage may say "Iranian" for "Iran"): ranking looks it
      // up for the best passages only rather than walking it.
      const typedTerms = new Set([word]);
      const relatedTerms = new Set<string>();
      for (const { termId, weight, typed: isTyped } of expansions) {
        const term = index.terms[termId]!;
        (isTyped ? typedTerms : relatedTerms).add(term);
        for (const map of isTyped ? [matched, typed] : [matched]) {
          const earlier = map.get(term);
          if (!earlier || earlier.weight < importance * weight) map.set(term, { query: position, weight: importance * weight });
        }
      }
      const known = expansions.some((e) => e.typed);
      const isFocus = !marker && surface.toLowerCase() === focus;
      words.push({ surface, term: word, typed: typedTerms, related: relatedTerms, capitalised, marker, focus: isFocus, importance, known });
      return {
        expansions: marker ? [] : expansions.map(({ termId, weight }) => ({ termId, weight })),
        ownForms: marker ? 0 : expansions.filter((e) => e.typed).length,
        importance,
      };
    });
    return { query, matched, typed, words, asked };
  };
}
