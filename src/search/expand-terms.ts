import Fuse from "fuse.js";
import type { SearchSettings } from "./defaults.js";
import type { SearchIndex } from "./search-index.js";
import { createSliceBudget, runAtOnce, type BuildSteps } from "./build-steps.js";
import { sortInSteps } from "./sort-steps.js";
import { createGrowable } from "./growable.js";

/** A vocabulary word standing in for a query word, and how much it counts (1 for the word itself). */
export interface Expansion {
  termId: number;
  weight: number;
}

function deletions(word: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < word.length; i++) out.push(word.slice(0, i) + word.slice(i + 1));
  return out;
}

/** Optimal string alignment distance: insertions, deletions, substitutions and swaps of neighbours. */
function editDistance(a: string, b: string): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[] = new Array(rows * cols).fill(0);
  for (let i = 0; i < rows; i++) d[i * cols] = i;
  for (let j = 0; j < cols; j++) d[j] = j;
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(d[(i - 1) * cols + j]! + 1, d[i * cols + j - 1]! + 1, d[(i - 1) * cols + j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, d[(i - 2) * cols + j - 2]! + 1);
      d[i * cols + j] = best;
    }
  }
  return d[rows * cols - 1]!;
}

/** Endings that make a people or a quality of a name, as a stemmed word shows them: Iran-ian, Azerbaijan-i, Russia-n. */
const DERIVING_ENDINGS = new Set(["i", "n", "an", "ian", "ese", "ish", "ic", "ean", "ite", "ist"]);

/** FNV-1a: a 32-bit hash of a string's code units, or of those but the one at `skip`. */
function hash32(text: string, skip = -1): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) if (i !== skip) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

/** Term ids fit in 21 bits beside a 32-bit hash in one exactly represented double. */
const ID_BITS = 2 ** 21;

/**
 * The expander's lookup tables over a vocabulary, kept apart so that a saved index holds them too (a start
 * then reads them rather than hashing every word's deletions again).
 *
 * `deletions`: each word filed under itself and every form with one letter removed, as one sorted array of
 * (hash, term id) pairs packed in doubles: a few bytes a key, where a Map of strings would take a hundred.
 * A hash collision only adds a candidate, which the edit distance then refuses.
 * `byTerm`: the ids of the words long enough to take a deriving ending, in the words' order.
 */
export interface TermTables {
  deletions: Float64Array;
  byTerm: Int32Array;
}

/** Words filed between two pauses of a build that lets the bot answer meanwhile. */
const TABLE_STEP_TERMS = 5_000;

/** The tables, built in steps (see build-steps.ts): a vocabulary of 100,000 words would hold the event loop for half a second. */
export function* termTableSteps(terms: readonly string[], settings: SearchSettings): BuildSteps<TermTables> {
  const packed = createGrowable((length) => new Float64Array(length));
  const sliceOver = createSliceBudget(settings.buildSliceMs);
  for (let id = 0; id < terms.length && id < ID_BITS; id++) {
    if (id > 0 && (id % TABLE_STEP_TERMS === 0 || ((id & 255) === 0 && sliceOver()))) yield;
    const term = terms[id]!;
    if (term.length < settings.fuzzyMinLength - 1 || /\d/.test(term)) continue;
    packed.push(hash32(term) * ID_BITS + id);
    // Each form with one letter removed, hashed as it stands in the word rather than made as a string; within a
    // run of one letter ("ll") each removal gives the same form, filed once.
    for (let i = 0; i < term.length; i++) if (i === 0 || term[i] !== term[i - 1]) packed.push(hash32(term, i) * ID_BITS + id);
  }
  yield;
  const deletionTable = yield* sortInSteps(packed.view(), null, settings.buildSliceMs);
  yield;
  const long: number[] = [];
  for (let id = 0; id < terms.length; id++) if (terms[id]!.length >= settings.affixMinLength) long.push(id);
  const byWordOf = (a: number, b: number) => (terms[a]! < terms[b]! ? -1 : terms[a]! > terms[b]! ? 1 : 0);
  const byTerm = yield* sortInSteps(Int32Array.from(long), byWordOf, settings.buildSliceMs);
  return { deletions: deletionTable, byTerm };
}

export function buildTermTables(terms: readonly string[], settings: SearchSettings): TermTables {
  return runAtOnce(termTableSteps(terms, settings));
}

/** Whether tables read from a save point only at words of a vocabulary of `termCount` words. */
export function tablesFit(tables: TermTables, termCount: number): boolean {
  for (const entry of tables.deletions) if (entry % ID_BITS >= termCount) return false;
  for (const id of tables.byTerm) if (id < 0 || id >= termCount) return false;
  return true;
}

function deletionLookup(entries: Float64Array) {
  return {
    forEach(key: string, visit: (termId: number) => void): void {
      const low = hash32(key) * ID_BITS;
      let lo = 0;
      let hi = entries.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (entries[mid]! < low) lo = mid + 1;
        else hi = mid;
      }
      for (let i = lo; i < entries.length && entries[i]! < low + ID_BITS; i++) visit(entries[i]! - low);
    },
  };
}

/** One segment's vocabulary, as the typo and affix lookups read it, answering with the search's term ids. */
export interface Vocabulary {
  byDeletion(key: string, visit: (termId: number) => void): void;
  /** The words that begin with `term` and go on by a deriving ending, in the words' order. */
  extensions(term: string, out: Array<{ term: string; id: number }>): void;
}

/**
 * The lookups over a vocabulary's `terms` and `tables`, with `globalIds` the search's id of each term. Made once
 * per segment, as sorting a large vocabulary's words costs milliseconds and an engine is made again as a page lands.
 */
export function createVocabulary(terms: readonly string[], tables: TermTables, globalIds: Int32Array): Vocabulary {
  const byDeletion = deletionLookup(tables.deletions);
  const sorted = Array.from(tables.byTerm, (id) => ({ term: terms[id]!, id: globalIds[id]! }));
  return {
    byDeletion: (key, visit) => byDeletion.forEach(key, (id) => visit(globalIds[id]!)),
    extensions(term, out) {
      let lo = 0;
      let hi = sorted.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (sorted[mid]!.term < term) lo = mid + 1;
        else hi = mid;
      }
      for (let i = lo; i < sorted.length && sorted[i]!.term.startsWith(term); i++) {
        if (DERIVING_ENDINGS.has(sorted[i]!.term.slice(term.length))) out.push(sorted[i]!);
      }
    },
  };
}

const byWord = (a: { term: string }, b: { term: string }) => (a.term < b.term ? -1 : a.term > b.term ? 1 : 0);

/**
 * Finds the vocabulary words a query word may stand for: itself, its typo'd neighbours, and the
 * words it begins or that begin it (Iran, Iranian).
 *
 * Fuse.js scans every record it is given, so it never sees the whole vocabulary: the deletion index
 * picks the handful of words within reach of a typo, and Fuse scores just those. The index may be made
 * of segments, each with its vocabulary: every live one is looked in, a word no live passage holds is
 * left out, and candidates go in the words' order, so that ties fall alike however the index was built.
 */
export function createTermExpander(index: Pick<SearchIndex, "terms" | "termId" | "df" | "vocabularies">, settings: SearchSettings) {
  const { terms, df } = index;
  const lookups = index.vocabularies;
  const live = (id: number) => df[id]! > 0;

  function extensions(term: string): number[] {
    const found: Array<{ term: string; id: number }> = [];
    for (const lookup of lookups) lookup.extensions(term, found);
    const ids = new Set<number>();
    for (const { id } of found.sort(byWord)) if (live(id)) ids.add(id);
    return [...ids];
  }

  function typoNeighbours(term: string): Expansion[] {
    const maxDistance = term.length >= settings.fuzzy2MinLength ? 2 : 1;
    const keys = new Set([term, ...deletions(term)]);
    // Two letters off in a long word ("nakhichevan" for "nakhchivan") needs two deletions on the question's side.
    if (maxDistance === 2) for (const key of [...keys]) for (const shorter of deletions(key)) keys.add(shorter);
    const candidates = new Set<number>();
    for (const key of keys) for (const lookup of lookups) lookup.byDeletion(key, (id) => candidates.add(id));
    const near = [...candidates]
      .filter((id) => {
        const word = terms[id]!;
        if (!live(id) || word === term) return false;
        const distance = editDistance(word, term);
        // Readers seldom mistype a word's first letters: two letters off there ("summer" for "scammer") is another word.
        return distance <= 1 || (distance <= maxDistance && word.slice(0, 2) === term.slice(0, 2));
      })
      .map((id) => ({ term: terms[id]!, id }))
      .sort(byWord);
    if (near.length === 0) return [];
    const fuse = new Fuse(
      near.map((n) => n.term),
      { includeScore: true, ignoreLocation: true, threshold: settings.fuseThreshold, isCaseSensitive: true },
    );
    return fuse.search(term).map((hit) => ({
      termId: near[hit.refIndex]!.id,
      weight: settings.fuzzyWeight * (1 - (hit.score ?? 1)),
    }));
  }

  return {
    termId: (term: string) => index.termId(term),
    /** `mayBeTypo` is false for a correctly spelled English word: "oscar" is not a typo of "socar". */
    expand(term: string, mayBeTypo: boolean): Expansion[] {
      const found = new Map<number, number>();
      const add = (termId: number, weight: number) => found.set(termId, Math.max(found.get(termId) ?? 0, weight));
      const exact = index.termId(term);
      if (exact !== undefined) add(exact, 1);
      if (/\d/.test(term)) return [...found].map(([termId, weight]) => ({ termId, weight }));
      // A word the corpus uses often is what the reader meant, not a typo of its neighbours.
      const familiar = exact !== undefined && df[exact]! >= settings.familiarWordPassages;
      if (mayBeTypo && term.length >= settings.fuzzyMinLength && term.length <= settings.fuzzyMaxLength && !familiar)
        for (const { termId, weight } of typoNeighbours(term)) add(termId, weight);
      if (term.length >= settings.affixMinLength) {
        for (const id of extensions(term)) add(id, settings.affixWeight);
        for (const ending of DERIVING_ENDINGS) {
          const id = term.endsWith(ending) && term.length - ending.length >= settings.affixMinLength ? index.termId(term.slice(0, -ending.length)) : undefined;
          if (id !== undefined) add(id, settings.affixWeight);
        }
      }
      return [...found]
        .map(([termId, weight]) => ({ termId, weight }))
        .sort((a, b) => b.weight - a.weight)
        .slice(0, settings.maxExpansions);
    },
  };
}
