import { createSliceBudget, type BuildSteps } from "../build-steps.js";
import type { SearchSettings } from "../defaults.js";
import { termTableSteps } from "../expand-terms.js";
import { createGrowable } from "../growable.js";
import type { Segment, SegmentPostings } from "./segment.js";

/** Postings counted or copied between two looks at the clock. */
const CHECK_EVERY_POSTINGS = 16_384;
/** A term costs about as much as this many postings (its views, its place in the vocabulary): most terms are rare. */
const TERM_WORK = 64;

/** Whether segment `s` is the first of `postingsOf` to hold `term`: a term is merged where it first appears. */
function firstHolds(postingsOf: readonly SegmentPostings[], term: string, s: number): boolean {
  for (let j = 0; j < s; j++) if (postingsOf[j]!.termIds.has(term)) return false;
  return true;
}

/** The id of `term` in segment `j`, given that it is term `t` of segment `s` (j ≥ s). */
const idIn = (postingsOf: readonly SegmentPostings[], j: number, s: number, t: number, term: string) => (j === s ? t : postingsOf[j]!.termIds.get(term));

/** The merged terms, in order, each as where it first appears: term `terms[k]` of segment `segments[k]`. */
interface MergedTerms {
  segments: Int32Array;
  terms: Int32Array;
  /** Their postings not masked, in all. */
  total: number;
}

/** Finds the terms left with live postings, where each first appears, and counts those postings. */
function* mergedTerms(postingsOf: readonly SegmentPostings[], isDead: (doc: number) => boolean, due: (postings: number) => boolean): BuildSteps<MergedTerms> {
  const segments = createGrowable((length) => new Int32Array(length));
  const terms = createGrowable((length) => new Int32Array(length));
  let total = 0;
  for (let s = 0; s < postingsOf.length; s++)
    for (let t = 0; t < postingsOf[s]!.terms.length; t++) {
      const term = postingsOf[s]!.terms[t]!;
      if (!firstHolds(postingsOf, term, s)) continue;
      let length = 0;
      let handled = 0;
      for (let j = s; j < postingsOf.length; j++) {
        const id = idIn(postingsOf, j, s, t, term);
        if (id === undefined) continue;
        const docs = postingsOf[j]!.docs[id]!;
        for (let i = 0; i < docs.length; i++) if (!isDead(docs[i]!)) length++;
        handled += docs.length;
      }
      if (length > 0) {
        segments.push(s);
        terms.push(t);
        total += length;
      }
      if (due(handled)) yield;
    }
  return { segments: segments.view(), terms: terms.view(), total };
}

/** The merged terms' live postings, end to end in one flat array per field, each term's a view into it. */
function* livePostings(
  postingsOf: readonly SegmentPostings[],
  merged: MergedTerms,
  isDead: (doc: number) => boolean,
  due: (postings: number) => boolean,
): BuildSteps<Omit<SegmentPostings, "tables">> {
  const { total } = merged;
  // Not zeroed first (each place is written below): clearing 80 MB at 10,000 pages is a long step of its own.
  const allDocs = new Int32Array(Buffer.allocUnsafeSlow(total * 4).buffer, 0, total);
  const allFreqs = new Float32Array(Buffer.allocUnsafeSlow(total * 4).buffer, 0, total);
  const terms: string[] = [];
  const termIds = new Map<string, number>();
  const docs: Int32Array[] = [];
  const freqs: Float32Array[] = [];
  let at = 0;
  for (let k = 0; k < merged.terms.length; k++) {
    const s = merged.segments[k]!;
    const t = merged.terms[k]!;
    const term = postingsOf[s]!.terms[t]!;
    const start = at;
    let handled = 0;
    for (let j = s; j < postingsOf.length; j++) {
      const id = idIn(postingsOf, j, s, t, term);
      if (id === undefined) continue;
      const partDocs = postingsOf[j]!.docs[id]!;
      const partFreqs = postingsOf[j]!.freqs[id]!;
      for (let i = 0; i < partDocs.length; i++) {
        const doc = partDocs[i]!;
        if (isDead(doc)) continue;
        allDocs[at] = doc;
        allFreqs[at++] = partFreqs[i]!;
      }
      handled += partDocs.length;
    }
    termIds.set(term, terms.length);
    terms.push(term);
    docs.push(allDocs.subarray(start, at));
    freqs.push(allFreqs.subarray(start, at));
    if (due(handled)) yield;
  }
  return { terms, termIds, docs, freqs };
}

/**
 * Consecutive segments merged into one, as Lucene merges them: each term's postings end to end (the segments
 * hold consecutive ranges of passage ids, so they stay sorted), the passages masked when the merge began left
 * out, and terms left with none dropped. Masks made while it runs are the index's to apply: the caller counts
 * the result again before it replaces the segments.
 *
 * Each term is merged where it first appears, segment by segment, each segment's terms in order; its postings in
 * a later segment are found there by name, so the walk makes no object a term (a Map of each term's parts made
 * some 60 MB of garbage at 10,000 pages, which a major collection then paid for during the merge).
 */
export function* mergeSegments(segments: readonly Segment[], isDead: (doc: number) => boolean, settings: SearchSettings): BuildSteps<Segment> {
  // A pause before any work: a merge is started by whatever landed a page, in that turn.
  yield;
  const sliceOver = createSliceBudget(settings.buildSliceMs);
  const postingsOf = segments.map((segment) => segment.postings);
  // The time is checked by postings handled, not by terms: the first terms are the commonest, and 64 of them
  // hold millions of postings at 10,000 pages (one such step held the event loop 375 ms).
  let work = 0;
  const due = (postings: number) => {
    work += TERM_WORK + postings;
    if (work < CHECK_EVERY_POSTINGS) return false;
    work = 0;
    return sliceOver();
  };
  // Two passes: the terms kept and their live postings counted, then those postings copied, so that each field
  // is allocated once at its size.
  const merged = yield* mergedTerms(postingsOf, isDead, due);
  yield;
  const live = yield* livePostings(postingsOf, merged, isDead, due);
  yield;
  const postings: SegmentPostings = { ...live, tables: yield* termTableSteps(live.terms, settings) };
  return {
    first: segments[0]!.first,
    end: segments.at(-1)!.end,
    postings,
    liveDf: Int32Array.from(live.docs, (d) => d.length),
    // Counted as the merge began: the index counts it again against the masks made since.
    stale: true,
  };
}
