import { languageOfLine } from "../corpus/page-language.js";
import type { Corpus, Headline } from "../corpus/types.js";
import type { BuildSteps } from "./build-steps.js";
import { createSliceBudget } from "./build-steps.js";
import { buildTermTables, createTermExpander } from "./expand-terms.js";
import { wholeIndex } from "./search-index.js";
import { FOLLOW_SETTINGS, type FollowMatcher } from "./follow-matcher.js";
import { buildInvertedIndex } from "./inverted-index.js";
import type { Language } from "./language.js";
import { passagesOf } from "./passages.js";
import { createFolders, tokenize } from "./tokenize.js";
import { questionLanguage } from "./languages/question-language.js";
import { crossSpellings } from "./languages/cross-spellings.js";

/** For each text of a batch, the follows' queries that match it; a text no query matches is absent. */
export type BatchMatches = Map<string, Set<string>>;

/** Matches every new item of a batch against every follow, in steps that let the bot answer between them. */
export type BatchFollowMatcher = (texts: readonly string[], queries: readonly string[]) => BuildSteps<BatchMatches>;

/** Past this many content words the engine ignores the rest of a question; so does the pre-filter. */
const MAX_QUERY_WORDS = 32;

/** Work between two pauses: well under the 50 ms a reader's question may wait. */
const SLICE_MS = 10;

/**
 * The follow rule of follow-matcher.ts, over a whole batch of new items at once. Building that rule's
 * engine for every item of a 10,000-entry page took seconds per follow, so the batch is indexed once
 * and each query looks up the few items that hold one of its words or their stand-ins (typos, deriving
 * endings, synonyms, broader terms, found as the engine finds them, without its cut to the best eight
 * or its "familiar word" rule, which could only drop some). Only those items go through the exact
 * rule: an item with none of them scores zero there, so the answers are the rule's own.
 */
export function createBatchFollowMatcher(language: Language, matches: FollowMatcher): BatchFollowMatcher {
  return function* matchBatch(texts, queries) {
    const found: BatchMatches = new Map();
    if (texts.length === 0 || queries.length === 0) return found;
    const due = createSliceBudget(SLICE_MS);
    const headlines = texts.map((title, i): Headline => ({ id: String(i), title, tag: null, subtitle: null, publishedAt: "", list: "", url: null, language: languageOfLine(title) }));
    const corpus: Corpus = { articles: [], headlines };
    const foldFor = createFolders();
    const english = foldFor("en");
    const index = yield* buildInvertedIndex(corpus, passagesOf(corpus), foldFor, FOLLOW_SETTINGS);
    yield;
    const expander = createTermExpander(wholeIndex(index, index.tables ?? buildTermTables(index.terms, FOLLOW_SETTINGS)), { ...FOLLOW_SETTINGS, maxExpansions: Infinity, familiarWordPassages: Infinity });

    // Which queries to check on each text: the texts that hold a stand-in of one of the query's words.
    const toCheck = new Map<number, string[]>();
    for (const query of new Set(queries)) {
      const candidates = new Set<number>();
      const take = (termId: number | undefined) => {
        if (termId !== undefined) for (const doc of index.docs[termId]!) candidates.add(doc);
      };
      const text = query.normalize("NFC");
      const written = questionLanguage(text);
      const fold = foldFor(written);
      const words = new Map<string, string>();
      for (const { term, start, end } of tokenize(text, fold)) if (!words.has(term)) words.set(term, text.slice(start, end));
      for (const [word, surface] of [...words].slice(0, MAX_QUERY_WORDS)) {
        for (const { termId } of expander.expand(word, true)) take(termId);
        // A Russian or Azerbaijani follow finds items in the other languages by the names that cross, as a question does.
        if (written !== "en")
          for (const spelling of crossSpellings(surface, written)) for (const { termId } of expander.expand(english(spelling) || spelling, true)) take(termId);
        const related = language.synonyms(surface);
        for (const relatedWord of [...related.synonyms, ...related.broader])
          for (const { term } of tokenize(relatedWord, fold)) take(expander.termId(term));
      }
      for (const doc of candidates) {
        const list = toCheck.get(doc);
        if (list) list.push(query);
        else toCheck.set(doc, [query]);
      }
      if (due()) yield;
    }

    // Text by text, so that the rule's engine for one text serves all of its queries.
    for (const [doc, candidates] of [...toCheck].sort((a, b) => a[0] - b[0])) {
      const text = texts[doc]!;
      for (const query of candidates) {
        if (!matches(query, text)) continue;
        const set = found.get(text) ?? new Set<string>();
        set.add(query);
        found.set(text, set);
      }
      if (due()) yield;
    }
    return found;
  };
}
