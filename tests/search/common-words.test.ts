import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import type { Corpus } from "../../src/corpus/types.js";
import { SEARCH_DEFAULTS } from "../../src/search/defaults.js";
import { createSearchEngine } from "../../src/search/engine.js";
import { loadLanguage, type Language } from "../../src/search/language.js";
import { parseCases } from "./helpers/score-rules.js";
import { REPO_ROOT, loadSeedCorpus } from "./helpers/seed.js";

/**
 * In a large corpus, words found in many passages are looked up for the best passages only, not
 * walked in full. On the seed page, forcing that path (every word in over a tenth of the passages
 * counts as common) must give the answers the exhaustive walk gives.
 */
let corpus: Corpus;
let language: Language;
beforeAll(async () => {
  corpus = await loadSeedCorpus();
  language = loadLanguage();
});

describe("common words looked up rather than walked", () => {
  it("give the same first answers as walking every posting", () => {
    const exhaustive = createSearchEngine(corpus, { language, settings: { ...SEARCH_DEFAULTS, commonWordMinPassages: Infinity } });
    const deferring = createSearchEngine(corpus, {
      language,
      settings: { ...SEARCH_DEFAULTS, commonWordMinPassages: 0, commonWordShare: 0.1, commonWordPool: 20 },
    });
    const questions = parseCases(readFileSync(`${REPO_ROOT}tests/search/questions.jsonl`, "utf8")).map((c) => c.q);
    let compared = 0;
    for (const question of questions) {
      const expected = exhaustive.search(question, { limit: 3 });
      const actual = deferring.search(question, { limit: 3 });
      expect(actual[0]?.section ?? actual[0]?.headline, question).toBe(expected[0]?.section ?? expected[0]?.headline);
      expect(actual[0]?.score, question).toBe(expected[0]?.score);
      if (expected.length > 0) compared++;
    }
    expect(compared).toBeGreaterThan(100);
  });

  it("credit a passage with a common stand-in of a rarer word, looked up as walking would find it", () => {
    // Every stand-in (a typo, an affix: "Iranian" for "Iran") counts as common here, so all of them are looked up.
    const exhaustive = createSearchEngine(corpus, { language, settings: { ...SEARCH_DEFAULTS, commonWordMinPassages: Infinity, expansionMaxPassages: Infinity } });
    const deferring = createSearchEngine(corpus, {
      language,
      settings: { ...SEARCH_DEFAULTS, commonWordMinPassages: 0, commonWordShare: 0.5, expansionMaxPassages: 0 },
    });
    for (const question of ["Iranian drills on the Aras", "Azerbaijani special forces exercises", "zangezor coridor"]) {
      const expected = exhaustive.search(question, { limit: 3 });
      expect(expected.length, question).toBeGreaterThan(0);
      expect(deferring.search(question, { limit: 3 }).map((a) => [a.section ?? a.headline, a.score]), question).toEqual(
        expected.map((a) => [a.section ?? a.headline, a.score]),
      );
    }
  });

  it("still answers a question made of common words alone", () => {
    const deferring = createSearchEngine(corpus, {
      language,
      settings: { ...SEARCH_DEFAULTS, commonWordMinPassages: 0, commonWordShare: 0.1 },
    });
    expect(deferring.search("Iran Azerbaijan")[0]?.kind).toBe("section");
  });
});
