import { describe, expect, it } from "vitest";
import { copyFile, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runAtOnce } from "../../../src/search/build-steps.js";
import { createSearchEngine, indexCorpus } from "../../../src/search/engine.js";
import { createSegmentedIndex, type SegmentedIndex } from "../../../src/search/segments/segmented-index.js";
import type { CorpusSave } from "../../../src/saved-index/corpus-save.js";
import { OPTIONS, openSave, rankedAnswers, segmentPages } from "./helpers.js";

const pages = segmentPages("merges");

const CABLE = "b-black-sea-power-cable.txt";
const BRIDGE = "c-red-bridge-crossing.txt";
/** The sections answering from an article of this title (a headline of it may stay: other pages list it too). */
const answersAbout = (engine: ReturnType<typeof createSearchEngine>, question: string, title: RegExp) =>
  engine.search(question).filter((answer) => answer.kind === "section" && title.test(answer.article));

/** Every page but `left` landed one at a time over the seed page: one segment each. */
async function landAllBut(left: readonly string[]): Promise<{ save: CorpusSave; segmented: SegmentedIndex }> {
  const save = openSave(pages.dataDir);
  const segmented = createSegmentedIndex({ policy: { mergeFactor: 2, mainMergeShare: Infinity } });
  await copyFile(join(pages.all, pages.names[0]!), join(pages.dir, pages.names[0]!));
  const first = await save.load(pages.dir, OPTIONS);
  segmented.seed(first.corpus, indexCorpus(first.corpus));
  for (const name of pages.names.slice(1).filter((name) => !left.includes(name))) {
    await copyFile(join(pages.all, name), join(pages.dir, name));
    runAtOnce(segmented.update((await save.load(pages.dir, OPTIONS)).corpus));
  }
  return { save, segmented };
}

describe("segments merged in the background", () => {
  it("masks a removed page at once, before its new index is built", async () => {
    const { save, segmented } = await landAllBut([]);
    const before = createSearchEngine((await save.load(pages.dir, OPTIONS)).corpus, { language: pages.language, segmented: segmented.current() });
    expect(answersAbout(before, "Black Sea power cable", /cable/i)).not.toHaveLength(0);
    await rm(join(pages.dir, CABLE));
    const steps = segmented.update((await save.load(pages.dir, OPTIONS)).corpus);
    steps.next();
    expect(answersAbout(before, "Black Sea power cable", /cable/i)).toEqual([]);
    runAtOnce(steps);
  });

  it("answers a page landed while a merge runs, keeps the masks made meanwhile, and ranks as a full build after", async () => {
    const { save, segmented } = await landAllBut([BRIDGE]);
    const segmentsBefore = segmented.segmentCount();
    const merging = segmented.mergeOnce();
    // The merge pauses between its steps: a page lands and another is removed meanwhile.
    await new Promise((resolve) => setImmediate(resolve));
    await copyFile(join(pages.all, BRIDGE), join(pages.dir, BRIDGE));
    await rm(join(pages.dir, CABLE));
    const { corpus } = await save.load(pages.dir, OPTIONS);
    const landed = runAtOnce(segmented.update(corpus));
    const duringMerge = createSearchEngine(corpus, { language: pages.language, segmented: landed });
    expect(answersAbout(duringMerge, "red bridge crossing", /bridge/i)).not.toHaveLength(0);

    expect(await merging).not.toBeNull();
    expect(segmented.segmentCount()).toBeLessThan(segmentsBefore + 1);
    const merged = createSearchEngine(corpus, { language: pages.language, segmented: segmented.current() });
    expect(answersAbout(merged, "red bridge crossing", /bridge/i)).not.toHaveLength(0);
    expect(answersAbout(merged, "Black Sea power cable", /cable/i)).toEqual([]);
    const full = createSearchEngine((await openSave(await mkdtemp(join(tmpdir(), "newsdesk-merges-full-"))).load(pages.dir, OPTIONS)).corpus, { language: pages.language });
    expect(rankedAnswers(merged, pages.questions)).toEqual(rankedAnswers(full, pages.questions));
  });

  it("merges until the policy is met, and still ranks as a full build", async () => {
    const { save, segmented } = await landAllBut([]);
    let merges = 0;
    while (await segmented.mergeOnce()) merges++;
    expect(merges).toBeGreaterThan(0);
    const { corpus } = await save.load(pages.dir, OPTIONS);
    const full = createSearchEngine(corpus, { language: pages.language });
    expect(rankedAnswers(createSearchEngine(corpus, { language: pages.language, segmented: segmented.current() }), pages.questions)).toEqual(rankedAnswers(full, pages.questions));
  });
});
