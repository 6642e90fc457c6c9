import { createSliceBudget, type BuildSteps } from "../build-steps.js";
import type { SearchSettings } from "../defaults.js";
import { termTableSteps } from "../expand-terms.js";
import type { Segment, SegmentPostings } from "./segment.js";

/** Postings counted or copied between two looks at the clock. */
const CHECK_EVERY_POSTINGS = 16_384;
/** A term costs about as much as this many postings (its views, its place in the vocabulary): most terms are rare. */
const TERM_WORK = 64;

/**
 * Consecutive segments merged into one, as Lucene merges them: each term's postings end to end (the segments
 * hold consecutive ranges of passage ids, so they stay sorted), the passages masked when the merge began left
 * out, and terms left with none dropped. Masks made while it runs are the index's to apply: the caller counts
 * the result again before it replaces the segments.
 */
export function* mergeSegments(segments: readonly Segment[], isDead: (doc: number) => boolean, settings: SearchSettings): BuildSteps<Segment> {
  const sliceOver = createSliceBudget(settings.buildSliceMs);
  const byTerm = new Map<string, Array<{ docs: Int32Array; freqs: Float32Array }>>();
  for (const segment of segments) {
    const { terms, docs, freqs } = segment.postings;
    for (let t = 0; t < terms.length; t++) {
      if ((t & 1023) === 0 && sliceOver()) yield;
      let parts = byTerm.get(terms[t]!);
      if (!parts) byTerm.set(terms[t]!, (parts = []));
      parts.push({ docs: docs[t]!, freqs: freqs[t]! });
    }
  }
  // Two passes into one flat array per field, each term's postings a view into it: one allocation, not one per term.
  yield;
  // The time is checked by postings handled, not by terms: the first terms are the commonest, and 64 of them
  // hold millions of postings at 10,000 pages (one such step held the event loop 375 ms).
  let work = 0;
  const due = () => {
    work += TERM_WORK;
    if (work < CHECK_EVERY_POSTINGS) return false;
    work = 0;
    return sliceOver();
  };
  const lengths = new Int32Array(byTerm.size);
  let total = 0;
  let e = 0;
  for (const parts of byTerm.values()) {
    if (due()) yield;
    let length = 0;
    for (const part of parts) {
      for (let i = 0; i < part.docs.length; i++) if (!isDead(part.docs[i]!)) length++;
      work += part.docs.length;
    }
    lengths[e++] = length;
    total += length;
  }
  yield;
  // Not zeroed first (each place is written below): clearing 80 MB at 10,000 pages is a long step of its own.
  const allDocs = new Int32Array(Buffer.allocUnsafeSlow(total * 4).buffer, 0, total);
  const allFreqs = new Float32Array(Buffer.allocUnsafeSlow(total * 4).buffer, 0, total);
  const terms: string[] = [];
  const termIds = new Map<string, number>();
  const docs: Int32Array[] = [];
  const freqs: Float32Array[] = [];
  let at = 0;
  e = 0;
  for (const [term, parts] of byTerm) {
    if (due()) yield;
    if (lengths[e++] === 0) continue;
    const start = at;
    for (const part of parts) {
      for (let i = 0; i < part.docs.length; i++) {
        const doc = part.docs[i]!;
        if (isDead(doc)) continue;
        allDocs[at] = doc;
        allFreqs[at++] = part.freqs[i]!;
      }
      work += part.docs.length;
    }
    termIds.set(term, terms.length);
    terms.push(term);
    docs.push(allDocs.subarray(start, at));
    freqs.push(allFreqs.subarray(start, at));
  }
  yield;
  const tables = yield* termTableSteps(terms, settings);
  const postings: SegmentPostings = { terms, termIds, docs, freqs, tables };
  return {
    first: segments[0]!.first,
    end: segments.at(-1)!.end,
    postings,
    liveDf: Int32Array.from(docs, (d) => d.length),
    // Counted as the merge began: the index counts it again against the masks made since.
    stale: true,
  };
}
