import { createTermFolder, tokenize } from "../search/tokenize.js";

/** Two questions are one request when they share at least this share of their content words (Jaccard). */
export const SIMILAR_WORDING = 0.5;

export interface QuestionGroup<T> {
  /** The content-word stems the group was formed around (its first question's). */
  terms: string[];
  /** The group's questions, in the order given (newest first, as the console lists them). */
  members: T[];
}

function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let shared = 0;
  for (const term of a) if (b.has(term)) shared++;
  const union = a.size + b.size - shared;
  return union === 0 ? 1 : shared / union;
}

/**
 * Groups questions by similar wording: each is reduced to the set of its content words as the search reads them
 * (case and accents folded, stopwords dropped, stemmed: "Baku's population" and "population of Baku" are one
 * set), then joins the first group whose set shares at least half of the union with its own (Jaccard ≥ 0.5), or
 * starts a group. Jaccard rather than equal sets: a question that adds a word ("current population of Baku")
 * is still the same request, while two questions sharing one word of three are not. Largest groups first.
 */
export function groupBySimilarWording<T>(items: readonly T[], textOf: (item: T) => string): QuestionGroup<T>[] {
  const fold = createTermFolder();
  const groups: Array<QuestionGroup<T> & { set: Set<string> }> = [];
  for (const item of items) {
    const set = new Set(tokenize(textOf(item), fold).map((token) => token.term));
    const home = groups.find((group) => jaccard(group.set, set) >= SIMILAR_WORDING);
    if (home) home.members.push(item);
    else groups.push({ terms: [...set].sort(), members: [item], set });
  }
  return groups
    .map(({ terms, members }) => ({ terms, members }))
    .sort((a, b) => b.members.length - a.members.length);
}
