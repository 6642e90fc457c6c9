import { afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { copyFile, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runAtOnce } from "../../src/search/build-steps.js";
import { createSearchEngine, indexCorpus } from "../../src/search/engine.js";
import { loadLanguage, type Language } from "../../src/search/language.js";
import { createSegmentedIndex } from "../../src/search/segments/segmented-index.js";
import { OPTIONS, openSave, questionSet, rankedAnswers, writePages } from "../search/segments/helpers.js";

let language: Language;
let questions: string[];
let all: string;
let names: string[];
let dir: string;
let dataDir: string;
beforeAll(async () => {
  language = loadLanguage();
  questions = await questionSet();
  all = await mkdtemp(join(tmpdir(), "newsdesk-save-segments-all-"));
  names = await writePages(all);
});
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "newsdesk-save-segments-dir-"));
  dataDir = await mkdtemp(join(tmpdir(), "newsdesk-save-segments-data-"));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
  await rm(dataDir, { recursive: true, force: true });
});

describe("segments over a saved index", () => {
  it("a warm start reads the save as its main segment, and pages landing after it rank as a full build", async () => {
    const [landing, ...first] = [names.at(-1)!, ...names.slice(0, -1)];
    for (const name of first) await copyFile(join(all, name), join(dir, name));
    const cold = openSave(dataDir);
    const loaded = await cold.load(dir, OPTIONS);
    await cold.store(loaded.corpus, indexCorpus(loaded.corpus));

    const warm = openSave(dataDir);
    const { corpus } = await warm.load(dir, OPTIONS);
    const saved = warm.indexOf(corpus);
    expect(saved).toBeDefined();
    const segmented = createSegmentedIndex();
    segmented.seed(corpus, saved!);
    await copyFile(join(all, landing), join(dir, landing));
    const next = (await warm.load(dir, OPTIONS)).corpus;
    const view = runAtOnce(segmented.update(next));
    expect(view.indexed).toBeGreaterThan(0);
    expect(view.indexed).toBeLessThan(view.passages.length / 2);

    const full = createSearchEngine(next, { language });
    expect(rankedAnswers(createSearchEngine(next, { language, segmented: view }), questions)).toEqual(rankedAnswers(full, questions));
  });
});
