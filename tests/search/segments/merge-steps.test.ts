import { describe, expect, it } from "vitest";
import { SEARCH_DEFAULTS } from "../../../src/search/defaults.js";
import { buildTermTables } from "../../../src/search/expand-terms.js";
import { mergeSegments } from "../../../src/search/segments/merge-segments.js";
import type { Segment } from "../../../src/search/segments/segment.js";

/** A segment of passages [first, end) where each term is held by every `step`-th passage from `offset`. */
function segmentOf(first: number, end: number, terms: string[], holders: (term: number) => number[]): Segment {
  const docs = terms.map((_, t) => Int32Array.from(holders(t)));
  const freqs = docs.map((list) => Float32Array.from(list, (doc) => 1 + (doc % 3)));
  const termIds = new Map(terms.map((term, t) => [term, t]));
  const tables = buildTermTables(terms, SEARCH_DEFAULTS);
  return { first, end, postings: { terms, termIds, docs, freqs, tables }, liveDf: Int32Array.from(docs, (d) => d.length), stale: false };
}

function run<T>(steps: Generator<void, T, void>): { value: T; pauses: number } {
  let pauses = 0;
  for (;;) {
    const step = steps.next();
    if (step.done) return { value: step.value, pauses };
    pauses++;
  }
}

describe("a merge in steps", () => {
  // Sixty common words, each held by nearly every passage: the first terms of a real vocabulary look like this.
  const common = Array.from({ length: 60 }, (_, i) => `common${String.fromCharCode(97 + (i % 26))}${i}`);
  const rare = Array.from({ length: 300 }, (_, i) => `rare${i}word`);
  const size = 20_000;
  const range = (from: number, to: number, every = 1) => Array.from({ length: Math.ceil((to - from) / every) }, (_, i) => from + i * every);
  const a = segmentOf(0, size, [...common, ...rare.slice(0, 200)], (t) => (t < common.length ? range(0, size) : range(t, size, 997)));
  const b = segmentOf(size, 2 * size, [...common, ...rare.slice(100)], (t) => (t < common.length ? range(size, 2 * size, 2) : range(size + t, 2 * size, 1_009)));
  const dead = (doc: number) => doc % 7 === 0;

  it("holds each term's live postings of both segments end to end, in passage order", () => {
    const { value: merged } = run(mergeSegments([a, b], dead, SEARCH_DEFAULTS));
    const expected = new Map<string, number[]>();
    for (const segment of [a, b])
      segment.postings.terms.forEach((term, t) => expected.set(term, [...(expected.get(term) ?? []), ...Array.from(segment.postings.docs[t]!).filter((doc) => !dead(doc))]));
    for (const [term, docs] of expected) if (docs.length === 0) expected.delete(term);
    expect(merged.postings.terms).toEqual([...expected.keys()]);
    merged.postings.terms.forEach((term, t) => {
      expect(Array.from(merged.postings.docs[t]!)).toEqual(expected.get(term));
      expect(Array.from(merged.postings.freqs[t]!)).toEqual(expected.get(term)!.map((doc) => 1 + (doc % 3)));
    });
    expect(merged.postings.tables).toEqual(buildTermTables(merged.postings.terms, SEARCH_DEFAULTS));
    expect([merged.first, merged.end]).toEqual([0, 2 * size]);
  });

  it("looks at the clock by postings handled: a run of common terms is cut after each, not once per 64 terms", () => {
    // With every slice spent at once (0 ms), each look at the clock pauses: after every common term.
    const { pauses } = run(mergeSegments([a, b], dead, { ...SEARCH_DEFAULTS, buildSliceMs: 0 }));
    expect(pauses).toBeGreaterThan(common.length);
  });

  it("asks for the merged postings' memory once: both fields of every term stand in one shared buffer", () => {
    const { value: merged } = run(mergeSegments([a, b], dead, SEARCH_DEFAULTS));
    const buffers = new Set([...merged.postings.docs, ...merged.postings.freqs].map((view) => view.buffer));
    expect(buffers.size).toBe(1);
    // Shared, so that V8 does not count it as this thread's external memory (see livePostings).
    expect([...buffers][0]).toBeInstanceOf(SharedArrayBuffer);
  });
});
