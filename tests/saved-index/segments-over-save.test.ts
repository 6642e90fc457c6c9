import { describe, expect, it } from "vitest";
import { copyFile } from "node:fs/promises";
import { join } from "node:path";
import { runAtOnce } from "../../src/search/build-steps.js";
import { createSearchEngine, indexCorpus } from "../../src/search/engine.js";
import { createSegmentedIndex } from "../../src/search/segments/segmented-index.js";
import { OPTIONS, openSave, rankedAnswers, segmentPages } from "../search/segments/helpers.js";

const pages = segmentPages("save-segments");

describe("segments over a saved index", () => {
  it("a warm start reads the save as its main segment, and pages landing after it rank as a full build", async () => {
    const [landing, ...first] = [pages.names.at(-1)!, ...pages.names.slice(0, -1)];
    for (const name of first) await copyFile(join(pages.all, name), join(pages.dir, name));
    const cold = openSave(pages.dataDir);
    const loaded = await cold.load(pages.dir, OPTIONS);
    await cold.store(loaded.corpus, indexCorpus(loaded.corpus));

    const warm = openSave(pages.dataDir);
    const { corpus } = await warm.load(pages.dir, OPTIONS);
    const saved = warm.indexOf(corpus);
    expect(saved).toBeDefined();
    const segmented = createSegmentedIndex();
    segmented.seed(corpus, saved!);
    await copyFile(join(pages.all, landing), join(pages.dir, landing));
    const next = (await warm.load(pages.dir, OPTIONS)).corpus;
    const view = runAtOnce(segmented.update(next));
    expect(view.indexed).toBeGreaterThan(0);
    expect(view.indexed).toBeLessThan(view.passages.length / 2);

    const full = createSearchEngine(next, { language: pages.language });
    expect(rankedAnswers(createSearchEngine(next, { language: pages.language, segmented: view }), pages.questions)).toEqual(rankedAnswers(full, pages.questions));
  });
});
