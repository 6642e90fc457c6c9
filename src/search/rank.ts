import type { SearchSettings } from "./defaults.js";
import type { Expansion } from "./expand-terms.js";
import type { SearchIndex } from "./search-index.js";

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
 *
 * In a large corpus, a word found in a great share of the passages costs the longest walk and
 * tells the least. Such common words are not walked: the passages are found through the question's
 * other words, and the common words are then looked up (postings are sorted by passage) for the
 * best of them only. A question made of common words alone walks them all.
 */
export function createRanker(index: SearchIndex, settings: SearchSettings) {
  const bm25 = new Float64Array(index.docSpace);
  const covered = new Float64Array(index.docSpace);
  /** Which query words a passage has been credited with, one bit each (questions have at most 32 words). */
  const credited = new Uint32Array(index.docSpace);
  const seenBy = new Int32Array(index.docSpace);
  const touched = new Int32Array(index.docSpace);
  const commonAbove = Math.max(settings.commonWordMinPassages, index.passageCount * settings.commonWordShare);
  let search = 0;

  return function rank(query: readonly QueryTerm[], limit: number, accept: (doc: number) => boolean): Ranked[] {
    const totalImportance = query.reduce((sum, term) => sum + term.importance, 0);
    if (totalImportance === 0) return [];
    search++;
    let touchedCount = 0;

    const credit = (term: number, expansion: Expansion, doc: number, tf: number) => {
      const idf = index.idf[expansion.termId]!;
      bm25[doc]! += (idf * expansion.weight * tf * (settings.k1 + 1)) / (tf + index.lengthNorm[doc]!);
      covered[doc]! += query[term]!.importance * expansion.weight;
      credited[doc]! |= 1 << term;
    };

    // A word is deferred when any of its stand-ins is common; when no other word has a posting to
    // walk, the deferred words are walked after all.
    const isCommon = (e: Expansion) => index.df[e.termId]! > commonAbove;
    let deferred = query.map((term) => term.expansions.some(isCommon));
    if (query.every((term, t) => deferred[t] || term.expansions.length === 0)) deferred = deferred.map(() => false);
    query.forEach((term, t) => {
      if (deferred[t]) return;
      const bit = 1 << t;
      for (const expansion of term.expansions) {
        const docs = index.docsOf(expansion.termId);
        const freqs = index.freqsOf(expansion.termId);
        for (let i = 0; i < docs.length; i++) {
          const doc = docs[i]!;
          if (seenBy[doc] !== search) {
            seenBy[doc] = search;
            bm25[doc] = 0;
            covered[doc] = 0;
            credited[doc] = 0;
            touched[touchedCount++] = doc;
          } else if (credited[doc]! & bit) continue;
          credit(t, expansion, doc, freqs[i]!);
        }
      }
    });

    const bestPossible =
      query.reduce((sum, term) => sum + Math.max(0, ...term.expansions.map((e) => index.idf[e.termId]! * e.weight)), 0) *
      (settings.k1 + 1);
    const ranked = (doc: number): Ranked => {
      const coverage = Math.min(1, covered[doc]! / totalImportance);
      const strength = bestPossible > 0 ? Math.min(1, bm25[doc]! / bestPossible) : 0;
      return { doc, coverage, strength, score: coverage * (0.6 + 0.4 * strength) };
    };
    const best = (docs: Iterable<number>, size: number): Ranked[] => {
      const heap: Ranked[] = [];
      for (const doc of docs) {
        const item = ranked(doc);
        if (heap.length === size && item.score <= heap[0]!.score) continue;
        if (index.isLive(doc) && accept(doc)) pushTop(heap, item, size);
      }
      return heap.sort((a, b) => b.score - a.score);
    };
    const touchedDocs = touched.subarray(0, touchedCount);
    if (!deferred.some(Boolean)) return best(touchedDocs, limit);

    // Each deferred word is credited, as when walking, through its best-weighted stand-in the passage holds.
    const pool = best(touchedDocs, Math.max(limit, settings.commonWordPool));
    for (const { doc } of pool)
      query.forEach((term, t) => {
        if (!deferred[t]) return;
        for (const expansion of term.expansions) {
          const at = indexOf(index.docsOf(expansion.termId), doc);
          if (at >= 0) {
            credit(t, expansion, doc, index.freqsOf(expansion.termId)[at]!);
            break;
          }
        }
      });
    return best(
      pool.map((r) => r.doc),
      limit,
    );
  };
}

/** Binary search in postings sorted by passage. */
function indexOf(docs: Int32Array, doc: number): number {
  let lo = 0;
  let hi = docs.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const value = docs[mid]!;
    if (value === doc) return mid;
    if (value < doc) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
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
