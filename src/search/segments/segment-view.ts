import { runAtOnce, type BuildSteps } from "../build-steps.js";
import type { SearchSettings } from "../defaults.js";
import type { Passage } from "../passages.js";
import type { Vocabulary } from "../expand-terms.js";
import type { SearchIndex } from "../search-index.js";
import type { Segment } from "./segment.js";

/** The terms of every segment under one id each, growing as segments bring new ones. */
export interface Dictionary {
  terms: string[];
  ids: Map<string, number>;
}

export function globalIdsOf(dictionary: Dictionary, terms: readonly string[]): Int32Array {
  return Int32Array.from(terms, (term) => {
    let id = dictionary.ids.get(term);
    if (id === undefined) {
      id = dictionary.terms.length;
      dictionary.ids.set(term, id);
      dictionary.terms.push(term);
    }
    return id;
  });
}

export interface ViewParts {
  segments: ReadonlyArray<{ segment: Segment; globalIds: Int32Array; vocabulary: Vocabulary }>;
  dictionary: Dictionary;
  /** Each passage id's passage in the current corpus; undefined where masked. */
  passages: ReadonlyArray<Passage | undefined>;
  lengths: Float32Array;
  isDead(doc: number): boolean;
}

/**
 * The live segments read as one index. The statistics BM25 needs are those of a full build: the document
 * frequencies summed over the segments' unmasked passages, N the live passages, each kind's average
 * length over them; a term's postings in several segments are joined when first asked for.
 */
export function* composeSteps(parts: ViewParts, settings: SearchSettings): BuildSteps<SearchIndex> {
  // Taken as they are now: a pause lets a page land, and the view must stay that of one moment.
  const segments = [...parts.segments];
  const { dictionary, passages, lengths, isDead } = parts;
  const df = new Int32Array(dictionary.terms.length);
  for (const { segment, globalIds } of segments) for (let t = 0; t < globalIds.length; t++) df[globalIds[t]!]! += segment.liveDf[t]!;

  yield;
  const docSpace = passages.length;
  // Plain loops over typed arrays: at 60,000 passages, a keyed object or Float32Array.from's callback costs tens of ms.
  let sectionTotal = 0;
  let sectionCount = 0;
  let headlineTotal = 0;
  let headlineCount = 0;
  for (let doc = 0; doc < docSpace; doc++) {
    const passage = passages[doc];
    if (passage === undefined) continue;
    if (passage.kind === "section") {
      sectionTotal += lengths[doc]!;
      sectionCount++;
    } else {
      headlineTotal += lengths[doc]!;
      headlineCount++;
    }
  }
  const passageCount = sectionCount + headlineCount;
  const sectionAverage = sectionCount > 0 ? sectionTotal / sectionCount : 1;
  const headlineAverage = headlineCount > 0 ? headlineTotal / headlineCount : 1;
  yield;
  const { k1, b } = settings;
  const lengthNorm = new Float32Array(docSpace);
  for (let doc = 0; doc < docSpace; doc++) {
    const passage = passages[doc];
    if (passage === undefined) continue;
    lengthNorm[doc] = k1 * (1 - b + (b * lengths[doc]!) / (passage.kind === "section" ? sectionAverage : headlineAverage));
  }
  yield;
  const idfOf = (count: number) => Math.log(1 + (passageCount - count + 0.5) / (count + 0.5));
  const idf = new Float32Array(df.length);
  for (let t = 0; t < df.length; t++) idf[t] = idfOf(df[t]!);

  const joined = new Map<number, { docs: Int32Array; freqs: Float32Array }>();
  const EMPTY = { docs: new Int32Array(0), freqs: new Float32Array(0) };
  function postingsOf(termId: number) {
    let found = joined.get(termId);
    if (found) return found;
    const term = dictionary.terms[termId]!;
    const parts: Array<{ docs: Int32Array; freqs: Float32Array }> = [];
    for (const { segment } of segments) {
      const local = segment.postings.termIds.get(term);
      if (local !== undefined) parts.push({ docs: segment.postings.docs[local]!, freqs: segment.postings.freqs[local]! });
    }
    found = parts.length === 0 ? EMPTY : parts.length === 1 ? parts[0]! : join(parts);
    joined.set(termId, found);
    return found;
  }

  const vocabularies = segments.map(({ vocabulary }) => vocabulary);
  return {
    terms: dictionary.terms,
    termId: (term) => {
      const id = dictionary.ids.get(term);
      return id !== undefined && id < df.length && df[id]! > 0 ? id : undefined;
    },
    df,
    docsOf: (termId) => postingsOf(termId).docs,
    freqsOf: (termId) => postingsOf(termId).freqs,
    idf,
    maxIdf: idfOf(0),
    lengthNorm,
    passageCount,
    docSpace,
    isLive: (doc) => passages[doc] !== undefined && !isDead(doc),
    vocabularies,
  };
}

export const composeView = (parts: ViewParts, settings: SearchSettings): SearchIndex => runAtOnce(composeSteps(parts, settings));

/** Postings of consecutive segments end to end: still sorted by passage. */
function join(parts: ReadonlyArray<{ docs: Int32Array; freqs: Float32Array }>) {
  const length = parts.reduce((sum, part) => sum + part.docs.length, 0);
  const docs = new Int32Array(length);
  const freqs = new Float32Array(length);
  let at = 0;
  for (const part of parts) {
    docs.set(part.docs, at);
    freqs.set(part.freqs, at);
    at += part.docs.length;
  }
  return { docs, freqs };
}
