import type { SearchSettings } from "./defaults.js";
import type { Expansion } from "./expand-terms.js";
import type { SearchIndex } from "./search-index.js";

/** A content word of the question, with the vocabulary words that may stand for it. */
export interface QueryTerm {
  /** The word's own forms first (itself, its typos and affixes), then its WordNet stand-ins. */
  expansions: Expansion[];
  /** How many of `expansions` are the word's own forms. */
  ownForms: number;
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
  /** The question's words the passage holds in their own forms, not through a stand-in: one bit each by their place in the query. */
  held: number;
}

/**
 * BM25 over the postings of each query word's expansions; a passage earns each query word once,
 * through its best-weighted expansion. The final score puts coverage first: a passage holding
 * every word of the question beats one repeating a single word.
 *
 * In a large corpus, a word found in a great share of the passages costs the longest walk and
 * tells the least. Such common words, and common stand-ins of rarer ones ("Iranian" for "Iran"), are
 * not walked: the passages are found through the question's other words and stand-ins, and the common
 * ones are then looked up (postings are sorted by passage) for the best of them only. A question made
 * of common words alone walks them all.
 */
export function createRanker(index: SearchIndex, settings: SearchSettings) {
  // The walk is bound by misses of cache: its postings land on passages all over the corpus. So each passage keeps
  // three numbers side by side, read by one miss: the search that last met it, its slot in that search, and its
  // length norm (copied from the index, bit for bit). A question's tallies are kept by slot, the order in which
  // the walk first met each passage: the few thousand it touches lie side by side, and choosing the best reads
  // them in a run. Measured in one process against keeping them by passage, over the benchmark's questions among
  // 10,000 pages: about 7% off the median answer time.
  const perPassage = new ArrayBuffer(12 * index.docSpace);
  /** At 3 × passage: the search that last met it; at 3 × passage + 1, its slot then. */
  const seen = new Int32Array(perPassage);
  /** At 3 × passage + 2: its length norm. */
  const lengthNorm = new Float32Array(perPassage);
  for (let doc = 0; doc < index.docSpace; doc++) lengthNorm[3 * doc + 2] = index.lengthNorm[doc]!;
  const slotOf = (doc: number) => seen[3 * doc + 1]!;
  /** By slot: the passage it stands for. */
  const touched = new Int32Array(index.docSpace);
  const bm25 = new Float64Array(index.docSpace);
  const covered = new Float64Array(index.docSpace);
  // By slot: a passage's BM25, its share of the question, and (one bit each, questions have at most 32 words) which
  // query words it has been credited with.
  const credited = new Uint32Array(index.docSpace);
  /** By slot: which of them through one of the word's own forms. */
  const owned = new Uint32Array(index.docSpace);
  const commonAbove = Math.max(settings.commonWordMinPassages, index.passageCount * settings.commonWordShare);
  let search = 0;

  /**
   * `weigh` scales a passage's score by what ranking cannot see in the postings (how much it reads as prose), at most 1:
   * it is asked only of passages whose plain score would enter the best, so a large corpus weighs few of them.
   */
  return function rank(query: readonly QueryTerm[], limit: number, accept: (doc: number) => boolean, weigh: (doc: number) => number = () => 1): Ranked[] {
    const totalImportance = query.reduce((sum, term) => sum + term.importance, 0);
    if (totalImportance === 0) return [];
    search++;
    let touchedCount = 0;

    const k1plus1 = settings.k1 + 1;
    /** One posting's BM25, from its word's idf times the stand-in's weight (the same order of operations everywhere, so scores agree to the bit). */
    const bm25Of = (idfWeight: number, tf: number, doc: number) => (idfWeight * tf * k1plus1) / (tf + lengthNorm[3 * doc + 2]!);
    // Taken back (sign -1), a walked stand-in gives way to one before it, which is of the word's own forms if it was.
    const credit = (term: number, e: number, doc: number, tf: number, sign = 1) => {
      const expansion = query[term]!.expansions[e]!;
      const slot = slotOf(doc);
      bm25[slot]! += sign * bm25Of(index.idf[expansion.termId]! * expansion.weight, tf, doc);
      covered[slot]! += sign * query[term]!.importance * expansion.weight;
      if (sign < 0) return;
      credited[slot]! |= 1 << term;
      if (e < query[term]!.ownForms) owned[slot]! |= 1 << term;
    };

    // A stand-in is deferred when it is common; when no word has a stand-in left to walk, every one is walked after all.
    const isCommon = (e: Expansion) => index.df[e.termId]! > (e.weight === 1 ? commonAbove : Math.min(commonAbove, settings.expansionMaxPassages));
    let deferred = query.map((term) => term.expansions.map(isCommon));
    if (deferred.every((flags) => flags.every(Boolean))) deferred = deferred.map((flags) => flags.map(() => false));
    // The walk is the search's hot loop (most of an answer's time among 10,000 pages): a stand-in's factors are
    // taken out of it, nothing is made per posting, and it runs in plain loops rather than callbacks, which keeps
    // its count of touched passages out of a closure (measured: a tenth of an answer's time).
    for (let t = 0; t < query.length; t++) {
      const term = query[t]!;
      const bit = 1 << t;
      for (let e = 0; e < term.expansions.length; e++) {
        if (deferred[t]![e]) continue;
        const expansion = term.expansions[e]!;
        const docs = index.docsOf(expansion.termId);
        const freqs = index.freqsOf(expansion.termId);
        const idfWeight = index.idf[expansion.termId]! * expansion.weight;
        const share = term.importance * expansion.weight;
        const own = e < term.ownForms ? bit : 0;
        for (let i = 0; i < docs.length; i++) {
          const doc = docs[i]!;
          let slot: number;
          if (seen[3 * doc] !== search) {
            slot = touchedCount++;
            seen[3 * doc] = search;
            seen[3 * doc + 1] = slot;
            touched[slot] = doc;
            bm25[slot] = 0;
            covered[slot] = 0;
            credited[slot] = 0;
            owned[slot] = 0;
          } else {
            slot = slotOf(doc);
            if (credited[slot]! & bit) continue;
          }
          bm25[slot]! += bm25Of(idfWeight, freqs[i]!, doc);
          covered[slot]! += share;
          credited[slot]! |= bit;
          owned[slot]! |= own;
        }
      }
    }

    const bestPossible =
      query.reduce((sum, term) => sum + Math.max(0, ...term.expansions.map((e) => index.idf[e.termId]! * e.weight)), 0) *
      (settings.k1 + 1);
    // Nothing is made for a passage until its weighed score would enter the best: among 10,000 pages a question
    // touches some 6,600 passages, and one in fifteen gets that far (more than half were made an object before).
    // Of the given slots, or of every slot the walk filled.
    const best = (size: number, slots?: ArrayLike<number>): Ranked[] => {
      const heap: Ranked[] = [];
      let floor = -Infinity;
      const count = slots ? slots.length : touchedCount;
      for (let i = 0; i < count; i++) {
        const slot = slots ? slots[i]! : i;
        const coverage = Math.min(1, covered[slot]! / totalImportance);
        const strength = bestPossible > 0 ? Math.min(1, bm25[slot]! / bestPossible) : 0;
        const score = coverage * (0.6 + 0.4 * strength);
        if (score <= floor) continue;
        const doc = touched[slot]!;
        if (!index.isLive(doc) || !accept(doc)) continue;
        const weighed = score * weigh(doc);
        if (weighed <= floor) continue;
        pushTop(heap, { doc, coverage, strength, score: weighed, held: owned[slot]! }, size);
        if (heap.length === size) floor = heap[0]!.score;
      }
      return heap.sort((a, b) => b.score - a.score);
    };
    if (!deferred.some((flags) => flags.some(Boolean))) return best(limit);

    // A passage earns each word, as when walking, through the first of its stand-ins it holds: when that one is a
    // deferred stand-in, it takes the place of the walked one the passage was credited through.
    const pool = best(Math.max(limit, settings.commonWordPool));
    const lookUp = (expansion: Expansion, doc: number) => {
      const at = indexOf(index.docsOf(expansion.termId), doc);
      return at < 0 ? null : index.freqsOf(expansion.termId)[at]!;
    };
    for (const { doc } of pool)
      query.forEach((term, t) => {
        if (!deferred[t]!.some(Boolean)) return;
        const first = term.expansions.findIndex((expansion) => lookUp(expansion, doc) !== null);
        if (first < 0 || !deferred[t]![first]) return;
        if (credited[slotOf(doc)]! & (1 << t)) {
          const walked = term.expansions.findIndex((expansion, e) => !deferred[t]![e] && lookUp(expansion, doc) !== null);
          credit(t, walked, doc, lookUp(term.expansions[walked]!, doc)!, -1);
        }
        credit(t, first, doc, lookUp(term.expansions[first]!, doc)!);
      });
    return best(
      limit,
      pool.map((r) => slotOf(r.doc)),
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
