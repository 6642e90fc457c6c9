import { createSliceBudget, type BuildSteps } from "../build-steps.js";
import type { SearchSettings } from "../defaults.js";
import { termTableSteps } from "../expand-terms.js";
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

/** Every posting of `postingsOf`, masked or not: the most a merge of them can keep. */
function postingsIn(postingsOf: readonly SegmentPostings[]): number {
  let total = 0;
  for (const { docs } of postingsOf) for (const termDocs of docs) total += termDocs.length;
  return total;
}

/** The merged postings being written: both fields end to end, `at` the next free place. */
interface Flat {
  docs: Int32Array;
  freqs: Float32Array;
  at: number;
}

/** Appends the live postings of term `t` of segment `s` and of the same term in the later segments; returns how many it read. */
function appendLive(postingsOf: readonly SegmentPostings[], s: number, t: number, isDead: (doc: number) => boolean, into: Flat): number {
  const term = postingsOf[s]!.terms[t]!;
  let at = into.at;
  let handled = 0;
  for (let j = s; j < postingsOf.length; j++) {
    const id = idIn(postingsOf, j, s, t, term);
    if (id === undefined) continue;
    const partDocs = postingsOf[j]!.docs[id]!;
    const partFreqs = postingsOf[j]!.freqs[id]!;
    for (let i = 0; i < partDocs.length; i++) {
      const doc = partDocs[i]!;
      if (isDead(doc)) continue;
      into.docs[at] = doc;
      into.freqs[at++] = partFreqs[i]!;
    }
    handled += partDocs.length;
  }
  into.at = at;
  return handled;
}

/**
 * The terms left with live postings, each merged where it first appears, their postings end to end in one flat
 * array per field (each term's a view into it), in one buffer sized by every posting, masked or not (a masked
 * tenth of the main segment at most, which the policy then merges away).
 *
 * The buffer is a SharedArrayBuffer, though no other thread reads it: V8 counts an ArrayBuffer's memory as the
 * isolate's external memory and a shared one's not, and 160 MB of new external memory at 10,000 pages hurried a
 * running major collection's marking into one pause on this thread (94 and 104 ms, in 2 of 11 bench runs). With a
 * shared buffer no run of `npm run bench -- --sizes 10000` collected during the merge (8 of 8).
 */
function* livePostings(
  postingsOf: readonly SegmentPostings[],
  isDead: (doc: number) => boolean,
  due: (postings: number) => boolean,
): BuildSteps<Omit<SegmentPostings, "tables">> {
  const room = postingsIn(postingsOf);
  const buffer = new SharedArrayBuffer(room * 8);
  const into: Flat = { docs: new Int32Array(buffer, 0, room), freqs: new Float32Array(buffer, room * 4, room), at: 0 };
  const terms: string[] = [];
  const termIds = new Map<string, number>();
  const docs: Int32Array[] = [];
  const freqs: Float32Array[] = [];
  for (let s = 0; s < postingsOf.length; s++)
    for (let t = 0; t < postingsOf[s]!.terms.length; t++) {
      const term = postingsOf[s]!.terms[t]!;
      if (!firstHolds(postingsOf, term, s)) continue;
      const start = into.at;
      const handled = appendLive(postingsOf, s, t, isDead, into);
      if (into.at > start) {
        termIds.set(term, terms.length);
        terms.push(term);
        docs.push(into.docs.subarray(start, into.at));
        freqs.push(into.freqs.subarray(start, into.at));
      }
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
  const live = yield* livePostings(postingsOf, isDead, due);
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
