import type { SearchSettings } from "./defaults.js";
import type { Corpus } from "../corpus/types.js";
import { fieldsOf, type Passage } from "./passages.js";
import { createGrowable } from "./growable.js";
import { createPassageCounter, type TermSink } from "./passage-counter.js";
import { createGivenReplay, givenPostings, type GivenTerms } from "./given-terms.js";
import type { TermFolder } from "./tokenize.js";
import type { LanguageCode } from "../corpus/types.js";
import { createSliceBudget, type BuildSteps } from "./build-steps.js";
import { termTableSteps, type TermTables } from "./expand-terms.js";

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
  /** Inverse document frequency per term id. */
  idf: Float32Array;
  /** The idf of a word found nowhere: as rare as a word can be. */
  maxIdf: number;
  /** Each passage's weighted length, from which its length norm is computed. */
  lengths: Float32Array;
  /** The postings of every term end to end (term t's at offsets[t]..offsets[t+1]): docs and freqs are views into them. */
  postings: { offsets: Int32Array; docs: Int32Array; freqs: Float32Array };
  /** The typo and affix tables over `terms` (see expand-terms.ts), when built with the index or read from a save. */
  tables?: TermTables;
}

/**
 * Builds the index, pausing every `buildStepPassages` passages or `buildSliceMs` of work (see build-steps.ts).
 * Sections in `given` were counted ahead by parse workers and are not read again.
 */
export function* buildInvertedIndex(
  corpus: Corpus,
  passages: readonly Passage[],
  foldFor: (language: LanguageCode) => TermFolder,
  settings: SearchSettings,
  given?: GivenTerms,
): BuildSteps<InvertedIndex> {
  const termIds = new Map<string, number>();
  const terms: string[] = [];
  const lengths = new Float32Array(passages.length);
  // Postings are logged in passage order as flat (term, passage, frequency) triples, then sorted by
  // term in one counting pass: far fewer allocations than a growing list per term.
  // Tables sized for the corpus, each growing as needed: a tiny corpus (one headline, which a follow's
  // check once built per new item) would otherwise clear two megabytes of tables for a dozen words.
  const initialSize = 2 ** Math.min(16, Math.max(8, Math.ceil(Math.log2(passages.length * 64 + 1))));
  // Given sections tell most of the log's size: made that large at once, it is not doubled and copied eight
  // times over a cold start's 10 million postings (a second of the build, with the collections it set off).
  const logSize = initialSize + (given ? givenPostings(given) : 0);
  const logTerms = createGrowable((n) => new Int32Array(n), logSize);
  const logDocs = createGrowable((n) => new Int32Array(n), logSize);
  const logFreqs = createGrowable((n) => new Float32Array(n), logSize);

  const idOf = (term: string): number => {
    let id = termIds.get(term);
    if (id === undefined) {
      id = terms.length;
      termIds.set(term, id);
      terms.push(term);
    }
    return id;
  };
  const counter = createPassageCounter(foldFor, idOf, settings, initialSize);
  const replay = given ? createGivenReplay(given, idOf, settings) : null;
  let doc = 0;
  const log: TermSink = (id, frequency) => {
    logTerms.push(id);
    logDocs.push(doc);
    logFreqs.push(frequency);
  };

  const sliceOver = createSliceBudget(settings.buildSliceMs);
  for (; doc < passages.length; doc++) {
    // Also on time: the first passages, all of whose words are new to the folder's cache, cost several times the later ones.
    if (doc > 0 && (doc % settings.buildStepPassages === 0 || (doc % 16 === 0 && sliceOver()))) yield;
    const passage = passages[doc]!;
    const counted = replay && passage.kind === "section" ? replay.replay(corpus.articles[passage.ref]!, passage.sectionIndex!) : undefined;
    if (counted) {
      // A given section's terms go into the log at once: term by term through `log`, they took a second of a 10,000-page build.
      logTerms.pushAll(counted.ids);
      logDocs.pushRepeated(doc, counted.ids.length);
      logFreqs.pushAll(counted.freqs);
      lengths[doc] = counted.length;
    } else lengths[doc] = counter.count(fieldsOf(corpus, passage), passage.language, log);
  }

  const { docs, freqs, df, postings } = yield* groupByTerm(terms.length, logTerms.view(), logDocs.view(), logFreqs.view(), settings);
  yield;
  const tables = yield* termTableSteps(terms, settings);
  const n = passages.length;
  const idfOf = (count: number) => Math.log(1 + (n - count + 0.5) / (count + 0.5));
  return {
    terms,
    termIds,
    docs,
    freqs,
    lengthNorm: lengthNorms(passages, lengths, settings),
    passageCount: n,
    idf: Float32Array.from(df, idfOf),
    maxIdf: idfOf(0),
    lengths,
    postings,
    tables,
  };
}

/**
 * Counting sort of the postings log by term; each term's postings stay in passage order. The loops over the
 * log are plain functions called between the pauses: V8 does not optimize a loop inside a generator while it
 * runs, and the scatter of 10 million postings took 3 s there, against a fraction of that in a function.
 */
function* groupByTerm(termCount: number, logTerms: Int32Array, logDocs: Int32Array, logFreqs: Float32Array, settings: SearchSettings) {
  const df = countByTerm(termCount, logTerms);
  const start = new Int32Array(termCount + 1);
  for (let id = 0; id < termCount; id++) start[id + 1] = start[id]! + df[id]!;
  const allDocs = new Int32Array(logTerms.length);
  const allFreqs = new Float32Array(logTerms.length);
  const cursor = start.slice(0, termCount);
  const sliceOver = createSliceBudget(settings.buildSliceMs);
  const step = settings.buildStepPostings;
  for (let i = 0; i < logTerms.length; ) {
    if (i % step === 0 || ((i & 4095) === 0 && sliceOver())) yield;
    // Up to the next place where the check above may pause: a multiple of the step or of 4,096.
    const end = Math.min(logTerms.length, (Math.floor(i / step) + 1) * step, (i | 4095) + 1);
    scatter(i, end, logTerms, logDocs, logFreqs, cursor, allDocs, allFreqs);
    i = end;
  }
  yield;
  const docs: Int32Array[] = [];
  const freqs: Float32Array[] = [];
  for (let id = 0; id < termCount; id++) {
    if ((id & 4095) === 0 && sliceOver()) yield;
    docs.push(allDocs.subarray(start[id]!, start[id + 1]!));
    freqs.push(allFreqs.subarray(start[id]!, start[id + 1]!));
  }
  return { docs, freqs, df, postings: { offsets: start, docs: allDocs, freqs: allFreqs } };
}

function countByTerm(termCount: number, logTerms: Int32Array): Int32Array {
  const df = new Int32Array(termCount);
  for (let i = 0; i < logTerms.length; i++) df[logTerms[i]!]!++;
  return df;
}

/** Moves log entries `from`…`end - 1` to their terms' places, advancing each term's cursor. */
function scatter(from: number, end: number, logTerms: Int32Array, logDocs: Int32Array, logFreqs: Float32Array, cursor: Int32Array, allDocs: Int32Array, allFreqs: Float32Array): void {
  for (let i = from; i < end; i++) {
    const at = cursor[logTerms[i]!]!++;
    allDocs[at] = logDocs[i]!;
    allFreqs[at] = logFreqs[i]!;
  }
}

/** BM25's length norm, each passage against the average of its own kind (sections are long, headlines short). */
function lengthNorms(passages: readonly Passage[], lengths: Float32Array, settings: SearchSettings): Float32Array {
  const lengthNorm = new Float32Array(passages.length);
  for (const kind of ["section", "headline"] as const) {
    let total = 0;
    let count = 0;
    passages.forEach((p, doc) => {
      if (p.kind === kind) {
        total += lengths[doc]!;
        count++;
      }
    });
    const average = count > 0 ? total / count : 1;
    passages.forEach((p, doc) => {
      if (p.kind === kind) lengthNorm[doc] = settings.k1 * (1 - settings.b + (settings.b * lengths[doc]!) / average);
    });
  }
  return lengthNorm;
}
