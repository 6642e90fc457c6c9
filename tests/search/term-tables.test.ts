import { describe, expect, it } from "vitest";
import { SEARCH_DEFAULTS } from "../../src/search/defaults.js";
import { buildTermTables, createVocabulary } from "../../src/search/expand-terms.js";

/** The forms a typo lookup files a word under, made as strings: the word, and each form with one letter removed. */
const formsOf = (word: string) => new Set([word, ...Array.from(word, (_, i) => word.slice(0, i) + word.slice(i + 1))]);

describe("the typo table", () => {
  const terms = ["balloon", "corridor", "zangezur", "nakhchivan", "aaaa", "iran", "2023", "tehran"];
  const tables = buildTermTables(terms, SEARCH_DEFAULTS);
  const vocabulary = createVocabulary(terms, tables, Int32Array.from(terms, (_, id) => id));
  const found = (key: string) => {
    const ids: number[] = [];
    vocabulary.byDeletion(key, (id) => ids.push(id));
    return ids.map((id) => terms[id]);
  };

  it("files each word under itself and each form with one letter removed, once each", () => {
    for (const word of ["balloon", "corridor", "zangezur", "nakhchivan", "aaaa", "iran", "tehran"])
      for (const form of formsOf(word)) expect(found(form).filter((term) => term === word)).toEqual([word]);
    // "balloon" has two runs of one letter ("ll", "oo"): 1 + 7 - 2 forms; "aaaa" has one form of three letters.
    const filed = [...terms].filter((word) => word.length >= SEARCH_DEFAULTS.fuzzyMinLength - 1 && !/\d/.test(word));
    expect(tables.deletions.length).toBe(filed.reduce((sum, word) => sum + formsOf(word).size, 0));
  });

  it("files no word with a digit, nor one too short to be typed wrong", () => {
    expect(found("2023")).toEqual([]);
    expect(found("202")).toEqual([]);
  });

  it("is sorted, so that a lookup finds a key's words by bisection", () => {
    for (let i = 1; i < tables.deletions.length; i++) expect(tables.deletions[i]!).toBeGreaterThanOrEqual(tables.deletions[i - 1]!);
  });
});
