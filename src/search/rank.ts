import type { SearchSettings } from "./defaults.js";
import type { Expansion } from "./expand-terms.js";
import type { InvertedIndex } from "./inverted-index.js";

/** A content word of the question, with the vocabulary words that may stand for it. */
export interface QueryTerm {
  expansions: Expansion[];
  /** How much finding this word matters: rare words matter more. */
  importance: number;
}

export interface Ranked {
  doc: number;
  /** Share of the question's importance the passage holds, 0..1. */
  coverage: number;
  /** BM25 against the best a passage could score for this question, 0..1. */
  strength: number;
  score: number;
}

/**
 * BM25 over the postings of each query word's expansions; a passage earns each query word once,
 * through its best-weighted expansion. The final score puts coverage first: a passage holding
 * every word of the question beats one repeating a single word.
 */
export function createRanker(index: InvertedIndex, settings: SearchSettings) {
  const bm25 = new Float64Array(index.passageCount);
  const covered = new Float64Array(index.passageCount);
  const seenFor = new Int32Array(index.passageCount);
  const touched = new Int32Array(index.passageCount);
  let stamp = 0;

  return function rank(query: readonly QueryTerm[], limit: number, accept: (doc: number) => boolean): Ranked[] {
    const totalImportance = query.reduce((sum, term) => sum + term.importance, 0);
    if (totalImportance === 0) return [];
    let touchedCount = 0;
    const firstStamp = stamp + 1;
    let bestPossible = 0;

    for (const term of query) {
      stamp++;
      let termBest = 0;
      for (const { termId, weight } of term.expansions) {
        const idf = index.idf[termId]!;
        termBest = Math.max(termBest, idf * weight);
        const docs = index.docs[termId]!;
        const freqs = index.freqs[termId]!;
        for (let i = 0; i < docs.length; i++) {
          const doc = docs[i]!;
          if (seenFor[doc] === stamp) continue;
          if (seenFor[doc]! < firstStamp) {
            bm25[doc] = 0;
            covered[doc] = 0;
            touched[touchedCount++] = doc;
          }
          seenFor[doc] = stamp;
          const tf = freqs[i]!;
          bm25[doc]! += (idf * weight * tf * (settings.k1 + 1)) / (tf + index.lengthNorm[doc]!);
          covered[doc]! += term.importance * weight;
        }
      }
      bestPossible += termBest * (settings.k1 + 1);
    }

    const heap: Ranked[] = [];
    for (let i = 0; i < touchedCount; i++) {
      const doc = touched[i]!;
      const coverage = Math.min(1, covered[doc]! / totalImportance);
      const strength = bestPossible > 0 ? Math.min(1, bm25[doc]! / bestPossible) : 0;
      const score = coverage * (0.6 + 0.4 * strength);
      if (heap.length === limit && score <= heap[0]!.score) continue;
      if (accept(doc)) pushTop(heap, { doc, coverage, strength, score }, limit);
    }
    return heap.sort((a, b) => b.score - a.score);
  };
}

/** Keeps the `limit` best in a min-heap: one pass over the touched passages, no full sort. */
function pushTop(heap: Ranked[], item: Ranked, limit: number): void {
  if (heap.length < limit) {
    heap.push(item);
    let i = heap.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (heap[parent]!.score <= heap[i]!.score) break;
      [heap[parent], heap[i]] = [heap[i]!, heap[parent]!];
      i = parent;
    }
    return;
  }
  if (item.score <= heap[0]!.score) return;
  heap[0] = item;
  let i = 0;
  for (;;) {
    const left = 2 * i + 1;
    const right = left + 1;
    let smallest = i;
    if (left < heap.length && heap[left]!.score < heap[smallest]!.score) smallest = left;
    if (right < heap.length && heap[right]!.score < heap[smallest]!.score) smallest = right;
    if (smallest === i) break;
    [heap[smallest], heap[i]] = [heap[i]!, heap[smallest]!];
    i = smallest;
  }
}
