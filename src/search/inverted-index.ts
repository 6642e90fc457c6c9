import type { SearchSettings } from "./defaults.js";
import type { Passage } from "./passages.js";
import { splitWords, termsOfPiece } from "./tokenize.js";

/**
 * Term → passages postings with weighted term frequencies, and each passage's BM25 length norm.
 * Built once per corpus; typed arrays keep a large corpus compact.
 */
export interface InvertedIndex {
  terms: string[];
  termIds: Map<string, number>;
  docs: Int32Array[];
  freqs: Float32Array[];
  /** k1 · (1 − b + b · length / average length of its kind). */
  lengthNorm: Float32Array;
  passageCount: number;
  idf(termId: number): number;
  /** The idf of a word found nowhere: as rare as a word can be. */
  maxIdf: number;
}

export function buildInvertedIndex(passages: readonly Passage[], fold: (word: string) => string, settings: SearchSettings): InvertedIndex {
  const termIds = new Map<string, number>();
  const terms: string[] = [];
  const docLists: number[][] = [];
  const freqLists: number[][] = [];
  const lengths = new Float32Array(passages.length);

  const idOf = (term: string): number => {
    let id = termIds.get(term);
    if (id === undefined) {
      id = terms.length;
      termIds.set(term, id);
      terms.push(term);
      docLists.push([]);
      freqLists.push([]);
    }
    return id;
  };
  // A corpus repeats its words: each distinct piece of text is folded to term ids once.
  const idsOfPiece = new Map<string, readonly number[]>();
  const NONE: readonly number[] = [];

  // Per passage, term frequencies accumulate in one reusable array indexed by term id.
  let frequency = new Float32Array(1 << 16);
  const present: number[] = [];
  const addField = (text: string, weight: number) => {
    let length = 0;
    for (const piece of splitWords(text)) {
      if (!piece) continue;
      let ids = idsOfPiece.get(piece);
      if (ids === undefined) {
        const found = termsOfPiece(piece, fold);
        ids = found.length === 0 ? NONE : found.map(idOf);
        if (idsOfPiece.size < 2_000_000) idsOfPiece.set(piece, ids);
      }
      for (const id of ids) {
        if (id >= frequency.length) {
          const grown = new Float32Array(frequency.length * 2);
          grown.set(frequency);
          frequency = grown;
        }
        if (frequency[id] === 0) present.push(id);
        frequency[id]! += weight;
        length += weight;
      }
    }
    return length;
  };

  passages.forEach((passage, doc) => {
    lengths[doc] =
      addField(passage.heading, settings.headingWeight) +
      addField(passage.body, 1) +
      addField(passage.context, settings.articleTitleWeight);
    for (const id of present) {
      docLists[id]!.push(doc);
      freqLists[id]!.push(frequency[id]!);
      frequency[id] = 0;
    }
    present.length = 0;
  });

  const lengthNorm = new Float32Array(passages.length);
  for (const kind of ["section", "headline"] as const) {
    let total = 0;
    let n = 0;
    passages.forEach((p, doc) => {
      if (p.kind === kind) {
        total += lengths[doc]!;
        n++;
      }
    });
    const average = n > 0 ? total / n : 1;
    passages.forEach((p, doc) => {
      if (p.kind === kind) lengthNorm[doc] = settings.k1 * (1 - settings.b + (settings.b * lengths[doc]!) / average);
    });
  }

  const n = passages.length;
  const df = Uint32Array.from(docLists, (list) => list.length);
  const idfOf = (df: number) => Math.log(1 + (n - df + 0.5) / (df + 0.5));
  return {
    terms,
    termIds,
    docs: docLists.map((list) => Int32Array.from(list)),
    freqs: freqLists.map((list) => Float32Array.from(list)),
    lengthNorm,
    passageCount: n,
    idf: (termId) => idfOf(df[termId] ?? 0),
    maxIdf: idfOf(0),
  };
}
