import type { Corpus, LanguageCode } from "../../corpus/types.js";
import { createSliceBudget, type BuildSteps } from "../build-steps.js";
import type { SearchSettings } from "../defaults.js";
import type { TermTables } from "../expand-terms.js";
import { buildInvertedIndex } from "../inverted-index.js";
import type { Passage } from "../passages.js";
import type { TermFolder } from "../tokenize.js";

/** A segment's postings: its own vocabulary, each term's passages in order (ids of the whole index) and weighted frequencies. */
export interface SegmentPostings {
  terms: string[];
  termIds: Map<string, number>;
  docs: Int32Array[];
  freqs: Float32Array[];
  tables: TermTables;
}

/**
 * Passages `first` to `end` (exclusive) of the index, indexed together. Passage ids are never reused, so a
 * segment's postings stay valid while others are added or merged beside it. `liveDf` counts each term's
 * passages not masked; `stale` says a passage of it was masked since they were counted.
 */
export interface Segment {
  first: number;
  end: number;
  postings: SegmentPostings;
  liveDf: Int32Array;
  stale: boolean;
}

/** The passages of a landed page (or any few), indexed alone as passages `first`… of the index. */
export function* segmentOf(
  corpus: Corpus,
  passages: readonly Passage[],
  first: number,
  foldFor: (language: LanguageCode) => TermFolder,
  settings: SearchSettings,
): BuildSteps<{ segment: Segment; lengths: Float32Array }> {
  const index = yield* buildInvertedIndex(corpus, passages, foldFor, settings);
  // The docs of every term are views into one array: moved to the index's ids in one pass.
  const all = index.postings.docs;
  for (let i = 0; i < all.length; i++) all[i]! += first;
  const postings = { terms: index.terms, termIds: index.termIds, docs: index.docs, freqs: index.freqs, tables: index.tables! };
  return { segment: { first, end: first + passages.length, postings, liveDf: Int32Array.from(index.docs, (d) => d.length), stale: false }, lengths: index.lengths };
}

const RECOUNT_CHECK_POSTINGS = 16_384;

/** Counts again each term's unmasked passages in a segment, pausing on the build's slice budget. */
export function* recount(segment: Segment, isDead: (doc: number) => boolean, settings: SearchSettings): BuildSteps<void> {
  segment.stale = false;
  const { docs } = segment.postings;
  const liveDf = new Int32Array(docs.length);
  const sliceOver = createSliceBudget(settings.buildSliceMs);
  // Checked by postings counted, not by terms: a thousand common terms hold millions of postings.
  let work = 0;
  for (let t = 0; t < docs.length; t++) {
    if (work >= RECOUNT_CHECK_POSTINGS) {
      work = 0;
      if (sliceOver()) yield;
    }
    const list = docs[t]!;
    let live = 0;
    for (let i = 0; i < list.length; i++) if (!isDead(list[i]!)) live++;
    liveDf[t] = live;
    work += list.length + 16;
  }
  segment.liveDf = liveDf;
}
