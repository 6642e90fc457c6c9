import type { Corpus, Headline, LanguageCode, Section } from "../corpus/types.js";
import { createSliceBudget, type BuildSteps } from "./build-steps.js";
import type { SearchSettings } from "./defaults.js";
import type { WordListed } from "./word-rarity.js";

/** Words read of a passage: enough to tell prose from salad, and a long section costs no more than a short one. */
const SAMPLE_WORDS = 40;
/** Fewer lower-case words than this tell too little alone: a headline is read by all its words. */
const MIN_LOWER_WORDS = 6;
/** Fewer words than this cannot tell at all (a title of two names). */
const MIN_WORDS = 3;

export interface ProseShares {
  /** At or below this share of listed words a passage reads as salad. */
  salad: number;
  /** At or above it, as prose. */
  prose: number;
}

export const proseSharesOf = (settings: SearchSettings): ProseShares => ({ salad: settings.proseSaladShare, prose: settings.proseShare });

/**
 * How much a passage reads as prose of its language, 0..1: the share of its words that everyday English uses
 * at all, from `shares.salad` (0) to `shares.prose` (1). Garbled text, word salad, machine-made filler and
 * pages of codes share a question's words by chance yet explain nothing; boilerplate detectors (jusText's
 * stopword density) read text the same way. A section is read by its lower-case words, since a list of
 * common words lacks most names; a headline has too few of them, so it is read by all its words, names
 * included, which still leaves a real headline well above salad: measured with the list of every word
 * SUBTLEX knows, the sections of the seed page, the blind pages and the fixtures read 0.97 to 1 and their
 * headlines 0.6 to 1, the benchmark's generated filler 0.13 (sections) and 0.14 (headlines) at the median,
 * at most 0.25 and 0.40 for 19 in 20. Only English has such a list here, so a page in another language
 * reads as prose.
 */
export function createProseMeasure(listed: WordListed, shares: ProseShares) {
  // A word list that does not know "the" is no list (an engine built without one): everything reads as prose.
  const hasList = listed("the");
  // The texts are read one by one, as far as the sample goes: a section's paragraphs joined with spaces
  // would give the same words (no word runs across a space), at the cost of copying the whole section.
  const shareOf = (texts: readonly string[], word: RegExp): { words: number; share: number } => {
    let count = 0;
    let known = 0;
    for (const text of texts)
      for (const [found] of text.matchAll(word)) {
        count++;
        if (listed(found.replace(/[’'-].*$/u, ""))) known++;
        if (count === SAMPLE_WORDS) return { words: count, share: known / count };
      }
    return { words: count, share: count === 0 ? 1 : known / count };
  };
  /** A passage's texts (a headline's title, or a section's paragraphs, read as if joined with spaces). */
  return function proseOf(texts: string | readonly string[], language: LanguageCode): number {
    if (language !== "en" || !hasList) return 1;
    const parts = typeof texts === "string" ? [texts] : texts;
    let read = shareOf(parts, /(?<![\p{L}\d])\p{Ll}[\p{Ll}’'-]*/gu);
    if (read.words < MIN_LOWER_WORDS) read = shareOf(parts, /(?<![\p{L}\d])\p{L}[\p{L}’'-]*/gu);
    if (read.words < MIN_WORDS) return 1;
    return Math.min(1, Math.max(0, (read.share - shares.salad) / (shares.prose - shares.salad)));
  };
}

/** How much a section or a headline reads as prose, measured once per object and kept while the object lives. */
export interface ProseMemo {
  section(section: Section, language: LanguageCode): number;
  headline(headline: Headline): number;
}

/**
 * Keeps each passage's prose measure by the corpus object that holds its text, so that engines over the same
 * pages share what they measured: a landed page or a merge makes a new engine, and a broad question on a fresh
 * one would measure thousands of passages again (about 0.2 s among 10,000 pages, all in one event-loop turn).
 * A loaded corpus keeps its unchanged pages' objects, and a page let go is forgotten with it.
 */
export function createProseMemo(listed: WordListed, shares: ProseShares): ProseMemo {
  const proseOf = createProseMeasure(listed, shares);
  const known = new WeakMap<Section | Headline, number>();
  const kept = (owner: Section | Headline, measure: () => number) => {
    let value = known.get(owner);
    if (value === undefined) known.set(owner, (value = measure()));
    return value;
  };
  return {
    section: (section, language) => kept(section, () => proseOf(section.paragraphs, language)),
    headline: (headline) => kept(headline, () => proseOf(headline.title, headline.language)),
  };
}

/**
 * Measures every passage of `corpus` into `memo`, in steps that each hold the event loop about `sliceMs`: done in
 * the background after a start, it spares the first broad questions (which measured thousands of passages, up
 * to half a second among 10,000 pages) and the first question on each engine after a page lands. Measuring
 * the whole of 10,000 pages costs 3 to 5 s of this thread, spread out.
 */
export function* measureProseSteps(corpus: Corpus, memo: ProseMemo, sliceMs: number): BuildSteps<void> {
  const sliceOver = createSliceBudget(sliceMs);
  for (const article of corpus.articles) {
    for (const section of article.sections) memo.section(section, article.language);
    if (sliceOver()) yield;
  }
  for (const headline of corpus.headlines) {
    memo.headline(headline);
    if (sliceOver()) yield;
  }
}
