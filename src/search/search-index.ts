import { createVocabulary, type TermTables, type Vocabulary } from "./expand-terms.js";
import type { InvertedIndex } from "./inverted-index.js";

/**
 * What ranking, question parsing and term expansion read: one index, or the live segments of one (see
 * src/search/segments/) with their statistics summed, so that both score alike. Term ids are the search's;
 * a term no live passage holds any more is not found (`termId` gives undefined, its `df` is 0).
 */
export interface SearchIndex {
  terms: readonly string[];
  termId(term: string): number | undefined;
  /** Live passages holding each term. */
  df: Int32Array;
  /** A term's postings over every live segment, sorted by passage (masked passages may remain: `isLive` tells). */
  docsOf(termId: number): Int32Array;
  freqsOf(termId: number): Float32Array;
  idf: Float32Array;
  maxIdf: number;
  /** k1 · (1 − b + b · length / average length of its kind), per passage id. */
  lengthNorm: Float32Array;
  /** Live passages: BM25's N. */
  passageCount: number;
  /** Passage ids run from 0 to this (some masked). */
  docSpace: number;
  isLive(doc: number): boolean;
  vocabularies: readonly Vocabulary[];
}

/** One whole index, as a full build gives it, read as a search index. */
export function wholeIndex(index: InvertedIndex, tables: TermTables): SearchIndex {
  const globalIds = Int32Array.from(index.terms, (_, id) => id);
  return {
    terms: index.terms,
    termId: (term) => index.termIds.get(term),
    df: Int32Array.from(index.docs, (docs) => docs.length),
    docsOf: (termId) => index.docs[termId]!,
    freqsOf: (termId) => index.freqs[termId]!,
    idf: index.idf,
    maxIdf: index.maxIdf,
    lengthNorm: index.lengthNorm,
    passageCount: index.passageCount,
    docSpace: index.passageCount,
    isLive: () => true,
    vocabularies: [createVocabulary(index.terms, tables, globalIds)],
  };
}
