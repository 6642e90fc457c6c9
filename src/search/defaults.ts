/** Every tuning value of the search engine, in one place. Calibrated on tests/search/questions.jsonl. */
export const SEARCH_DEFAULTS = Object.freeze({
  /** BM25: term-frequency saturation and length normalization. */
  k1: 1.2,
  b: 0.75,
  /** How much a word of a section's heading (or a headline's title) counts against a word of its text. */
  headingWeight: 2.5,
  /** The article's title counts a little in each of its sections. */
  articleTitleWeight: 0.3,
  /**
   * Typo tolerance: a query word of at least `fuzzyMinLength` letters may match a word one edit away, two from
   * `fuzzy2MinLength` (counted on the stemmed word: "baterries" is "baterri", two from "batteri").
   */
  fuzzyMinLength: 5,
  fuzzy2MinLength: 7,
  /** No word is this long: past it, a "word" is a paste or an attack, and its typo forms would cost n² strings. */
  fuzzyMaxLength: 30,
  /** Fuse.js threshold over the candidate words (0 exact .. 1 anything). */
  fuseThreshold: 0.45,
  /** A typo'd match counts this much of an exact one, times Fuse's similarity. */
  fuzzyWeight: 0.9,
  /** A word that extends the query's by a deriving ending ("Iran" → "Iranian"), or that it extends so. */
  affixMinLength: 4,
  affixWeight: 0.7,
  /** A synonym (WordNet, the word's commonest senses) counts this much of the word itself. */
  synonymWeight: 0.5,
  /** A broader term (WordNet's hypernym: spy → intelligence agent) counts this much. */
  broaderWeight: 0.3,
  /** A question word a passage holds only through a word whose WordNet definition uses it (see gloss-overlap.ts) counts this much. */
  glossWeight: 0.5,
  /** Passages kept with the words that define theirs, between questions (some thousand strings each). */
  glossPassagesKept: 2_000,
  /** A question word the corpus lacks is taken for a typo only when it is at least this rare in English (1: not listed). */
  typoMinRarity: 1,
  /** A word in at least this many passages is taken as meant, and gets no typo neighbours. */
  familiarWordPassages: 3,
  /** A typo, affix or synonym stand-in found in more passages than this is not searched. */
  expansionMaxPassages: 5_000,
  /** At most this many vocabulary words stand in for one query word. */
  maxExpansions: 8,
  /** A question word the corpus lacks counts at least this share of the rarest word, however common in English. */
  unknownWordFloor: 0.15,
  /** The final score: coverage, times a blend of BM25 strength and focus (the share of the question one excerpt holds). */
  strengthShare: 0.3,
  focusShare: 0.3,
  /**
   * In a large corpus, a word in more passages than both of these is looked up only for the best
   * `commonWordPool` passages found through the question's other words, not walked in full.
   */
  commonWordMinPassages: 5_000,
  commonWordShare: 0.05,
  commonWordPool: 200,
  /** How many of the best passages by coverage and BM25 are re-scored with their excerpt's focus. */
  rerankDepth: 10,
  /**
   * Passages are weighed, as they are ranked, by how much they read as prose (see prose.ts): the share of
   * their words everyday English uses, from `proseSaladShare` (salad) to `proseShare` (prose). Measured: the
   * sections of the seed page, the blind pages and the test fixtures 0.97 to 1, their headlines 0.6 to 1; the
   * benchmark's generated filler at most 0.25 (sections) and 0.40 (headlines) for 19 in 20. A passage below
   * prose loses up to `proseWeight` of its score.
   */
  proseSaladShare: 0.3,
  proseShare: 0.6,
  proseWeight: 0.8,
  /** Passages indexed between two pauses of a build that lets the bot answer meanwhile (10 to 60 ms of work). */
  buildStepPassages: 500,
  /** ...or after this many milliseconds of work, whichever comes first. */
  buildSliceMs: 20,
  /** Postings sorted by term between two pauses, likewise. */
  buildStepPostings: 250_000,
  /** Sections kept split into sentences between questions. */
  analyzedSectionsKept: 20_000,
  /** A number counts at most this share of the rarest word. */
  numberWeight: 0.5,
  /** Below this final score an answer is not confident enough to give: "not found" beats a random excerpt. */
  minScore: 0.27,
  limit: 10,
  /** More answers go on while an answer scores at least this share of the first: past it, they are not answers. */
  moreAnswersShare: 0.75,
  /**
   * Related coverage holding this share of the question is believed when it says the pages lack the asked thing:
   * a lower answer holding less of the question does not replace it. Measured on the tuning sets, 0.6 to 0.67 are
   * tops that hold a part of a paraphrase and 0.75 up tops on the asked subject.
   */
  trustedRelatedCoverage: 0.7,
  /**
   * A sentence that holds the kind of thing asked for (a name for who, an amount for how many) counts this much
   * more when the excerpt's first sentence is chosen: the answer, not the sentence that repeats the question's names.
   */
  excerptAskedBonus: 1.5,
  /**
   * A section whose heading leads to the answer scores this much more: it opens with the question's own question word
   * ("Why …" for a why), or names every word the question asks about. Measured on the tuning sets: 1.1 and 1.5 alike
   * until a why-heading was read as giving the cause; then 1.5 took blind-6 +1, and 2 blind-2 +1 more but lost one
   * held out.
   */
  announcingHeadingBonus: 1.5,
  excerptMaxLength: 600,
  excerptMaxSentences: 3,
  /** A single answering sentence shorter than this gets its neighbour for context. */
  excerptMinLength: 160,
});

/** The tuning values, each free to be set (the frozen defaults have literal types). */
export type SearchSettings = { readonly [K in keyof typeof SEARCH_DEFAULTS]: number };
