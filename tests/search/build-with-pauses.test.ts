import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import type { Corpus } from "../../src/corpus/types.js";
import { SEARCH_DEFAULTS } from "../../src/search/defaults.js";
import { buildSearchEngine, createSearchEngine } from "../../src/search/engine.js";
import { loadLanguage, type Language } from "../../src/search/language.js";
import { parseCases } from "./helpers/score-rules.js";
import { REPO_ROOT, loadSeedCorpus } from "./helpers/seed.js";

let corpus: Corpus;
let language: Language;
beforeAll(async () => {
  corpus = await loadSeedCorpus();
  language = loadLanguage();
});

/** The seed page and many more headlines: an index too big to build between two updates. */
function largeCorpus(): Corpus {
  const headlines = Array.from({ length: 10_000 }, (_, i) => ({
    id: `bulk-${i}`,
    title: `Regional council meeting number ${i} discusses roads, schools and water`,
    tag: null,
    subtitle: null,
    publishedAt: "2023-01-27T14:27:00+04:00",
    list: "Latest news",
    url: null,
    language: "en" as const,
  }));
  return { articles: corpus.articles, headlines: [...corpus.headlines, ...headlines] };
}

describe("building the index with pauses", () => {
  it("lets other work run while a large corpus is indexed", async () => {
    let ranMeanwhile = false;
    const building = buildSearchEngine(largeCorpus(), { language });
    setImmediate(() => {
      ranMeanwhile = true;
    });
    await building;
    expect(ranMeanwhile).toBe(true);
  });

  it("gives the answers of the index built at once", async () => {
    const settings = { ...SEARCH_DEFAULTS, buildStepPassages: 3 };
    const atOnce = createSearchEngine(corpus, { language, settings });
    const withPauses = await buildSearchEngine(corpus, { language, settings });
    const questions = parseCases(readFileSync(`${REPO_ROOT}tests/search/questions.jsonl`, "utf8")).map((c) => c.q);
    for (const question of questions) expect(withPauses.search(question), question).toEqual(atOnce.search(question));
  });
});
