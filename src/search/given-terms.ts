import type { Article } from "../corpus/types.js";
import type { SearchSettings } from "./defaults.js";

/**
 * An article's sections as a parse worker counted them (src/parse-workers): section s's terms are
 * `ids[bounds[s]]…ids[bounds[s + 1] - 1]` with their frequencies, in the numbering of that worker's vocabulary.
 */
export interface ArticleTerms {
  /** Which worker counted them: its terms are `GivenTerms.vocabularies[reader]`. */
  reader: number;
  bounds: Int32Array;
  ids: Int32Array;
  freqs: Float32Array;
  /** Each section's weighted length. */
  lengths: Float32Array;
}

/** Sections counted ahead of the index build; an article missing here is read from its text. */
export interface GivenTerms {
  /** The field weights they were counted with: an index built with others reads the text. */
  weights: Pick<SearchSettings, "headingWeight" | "articleTitleWeight">;
  articles: ReadonlyMap<Article, ArticleTerms>;
  /** Each worker's terms, by its own ids. */
  vocabularies: ReadonlyArray<readonly string[]>;
}

/** How many (term, section) postings the given sections hold. */
export function givenPostings(given: GivenTerms): number {
  let postings = 0;
  for (const terms of given.articles.values()) postings += terms.ids.length;
  return postings;
}

/** One given section in the index's numbering: its terms in order of first occurrence, their frequencies, its weighted length. */
export interface GivenSection {
  ids: Int32Array;
  freqs: Float32Array;
  length: number;
}

/**
 * Replays given sections into an index's own numbering: a worker's id is turned into the index's through
 * `idOf` the first time it is met, so the index hands out its ids in the same order as when reading the text.
 */
export function createGivenReplay(given: GivenTerms, idOf: (term: string) => number, settings: SearchSettings) {
  if (given.weights.headingWeight !== settings.headingWeight || given.weights.articleTitleWeight !== settings.articleTitleWeight) return null;
  // Each worker's ids to the index's, -1 until met; the vocabularies are complete once the pool has closed.
  const own = given.vocabularies.map((vocabulary) => new Int32Array(vocabulary.length).fill(-1));
  // A section's ids are handed out as a whole (the index copies them into its log at once, not term by term),
  // in one reused table.
  let scratch = new Int32Array(1024);
  return {
    /** The section's terms, or undefined when it was not given; its `ids` are valid until the next call. */
    replay(article: Article, section: number): GivenSection | undefined {
      const terms = given.articles.get(article);
      if (!terms) return undefined;
      const from = terms.bounds[section]!;
      const to = terms.bounds[section + 1]!;
      if (to - from > scratch.length) scratch = new Int32Array(Math.max(to - from, scratch.length * 2));
      const table = own[terms.reader]!;
      const vocabulary = given.vocabularies[terms.reader]!;
      for (let at = from; at < to; at++) {
        const id = terms.ids[at]!;
        let ownId = table[id]!;
        if (ownId === -1) table[id] = ownId = idOf(vocabulary[id]!);
        scratch[at - from] = ownId;
      }
      return { ids: scratch.subarray(0, to - from), freqs: terms.freqs.subarray(from, to), length: terms.lengths[section]! };
    },
  };
}
