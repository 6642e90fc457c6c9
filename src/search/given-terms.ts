import type { Article } from "../corpus/types.js";
import type { SearchSettings } from "./defaults.js";
import type { TermSink } from "./passage-counter.js";

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

/**
 * Replays given sections into an index's own numbering: a worker's id is turned into the index's through
 * `idOf` the first time it is met, so the index hands out its ids in the same order as when reading the text.
 */
export function createGivenReplay(given: GivenTerms, idOf: (term: string) => number, settings: SearchSettings) {
  if (given.weights.headingWeight !== settings.headingWeight || given.weights.articleTitleWeight !== settings.articleTitleWeight) return null;
  const own = given.vocabularies.map(() => new Int32Array(0));
  const indexIdOf = (reader: number, id: number): number => {
    let table = own[reader]!;
    if (id >= table.length) {
      const grown = new Int32Array(Math.max(given.vocabularies[reader]!.length, id + 1)).fill(-1);
      grown.set(table);
      own[reader] = table = grown;
    }
    if (table[id] === -1) table[id] = idOf(given.vocabularies[reader]![id]!);
    return table[id]!;
  };
  return {
    /** The section's weighted length after handing its terms to `sink`, or undefined when it was not given. */
    replay(article: Article, section: number, sink: TermSink): number | undefined {
      const terms = given.articles.get(article);
      if (!terms) return undefined;
      for (let at = terms.bounds[section]!; at < terms.bounds[section + 1]!; at++) sink(indexIdOf(terms.reader, terms.ids[at]!), terms.freqs[at]!);
      return terms.lengths[section]!;
    },
  };
}
