/** Every tuning value of the search engine, in one place. Calibrated on tests/search/questions.jsonl. */
export const SEARCH_DEFAULTS = Object.freeze({
  /** BM25: term-frequency saturation and length normalization. */
  k1: 1.2,
  b: 0.75,
  /** How much a word of a section's heading (or a headline's title) counts against a word of its text. */
  headingWeight: 2.5,
  /** The article's title counts a little in each of its sections. */
  articleTitleWeight: 0.3,
  /** Typo tolerance: a query word of at least `fuzzyMinLength` letters may match a word one edit away, two from `fuzzy2MinLength`. */
  fuzzyMinLength: 5,
  fuzzy2MinLength: 8,
  /** Fuse.js threshold over the candidate words (0 exact .. 1 anything). */
  fuseThreshold: 0.45,
  /** A typo'd match counts this much of an exact one, times Fuse's similarity. */
  fuzzyWeight: 0.9,
  /** A word that extends the query's ("Iran" → "Iranian") or that it extends, by at most `affixMaxLength` letters. */
  affixMinLength: 4,
  affixMaxLength: 3,
  affixWeight: 0.7,
  /** At most this many vocabulary words stand in for one query word. */
  maxExpansions: 8,
  /** Below this share of the question's weight matched, an answer is not confident enough to give. */
  minCoverage: 0.55,
  /** And its final score must reach this. */
  minScore: 0.3,
  limit: 10,
  excerptMaxLength: 600,
  /** A single answering sentence shorter than this gets its neighbour for context. */
  excerptMinLength: 160,
});

export type SearchSettings = typeof SEARCH_DEFAULTS;
