import { afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { copyFile, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Corpus } from "../../../src/corpus/types.js";
import { runAtOnce } from "../../../src/search/build-steps.js";
import { createSearchEngine, indexCorpus } from "../../../src/search/engine.js";
import { loadLanguage, type Language } from "../../../src/search/language.js";
import type { SearchIndex } from "../../../src/search/search-index.js";
import { createSegmentedIndex, type SegmentedIndex, type SegmentedView } from "../../../src/search/segments/segmented-index.js";
import type { CorpusSave } from "../../../src/saved-index/corpus-save.js";
import { OPTIONS, openSave, questionSet, rankedAnswers, writePages } from "./helpers.js";

let language: Language;
let questions: string[];
let all: string;
let dir: string;
let dataDir: string;
beforeAll(async () => {
  language = loadLanguage();
  questions = await questionSet();
  all = await mkdtemp(join(tmpdir(), "newsdesk-segments-all-"));
  await writePages(all);
});
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "newsdesk-segments-dir-"));
  dataDir = await mkdtemp(join(tmpdir(), "newsdesk-segments-data-"));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
  await rm(dataDir, { recursive: true, force: true });
});

const NO_MERGES = { mergeFactor: Infinity, mainMergeShare: Infinity };

/** The folder as it stands, loaded through the save (an unchanged file keeps its parsed page) and indexed into a new segment. */
async function land(save: CorpusSave, segmented: SegmentedIndex): Promise<{ corpus: Corpus; view: SegmentedView & { indexed: number } }> {
  const { corpus } = await save.load(dir, OPTIONS);
  return { corpus, view: runAtOnce(segmented.update(corpus)) };
}

/** A full build of the folder as it stands, from a fresh load. */
async function fullBuild(): Promise<{ corpus: Corpus; index: SearchIndex; answers: ReturnType<typeof rankedAnswers> }> {
  const { corpus } = await openSave(await mkdtemp(join(tmpdir(), "newsdesk-segments-full-"))).load(dir, OPTIONS);
  const engine = createSearchEngine(corpus, { language });
  const whole = createSegmentedIndex().seed(corpus, indexCorpus(corpus));
  return { corpus, index: whole.index, answers: rankedAnswers(engine, questions) };
}

/** Per live term, its df and idf; per live passage (by what it is), its length norm: BM25's statistics as a full build has them. */
function statistics(view: { index: SearchIndex; passages: SegmentedView["passages"] }, corpus: Corpus) {
  const terms = new Map<string, { df: number; idf: number }>();
  view.index.terms.forEach((term) => {
    const id = view.index.termId(term);
    if (id !== undefined) terms.set(term, { df: view.index.df[id]!, idf: view.index.idf[id]! });
  });
  const norms = new Map<string, number>();
  view.passages.forEach((passage, doc) => {
    if (!passage || !view.index.isLive(doc)) return;
    const key = passage.kind === "headline" ? `h:${corpus.headlines[passage.ref]!.id}` : `s:${corpus.articles[passage.ref]!.id}:${passage.sectionIndex}`;
    norms.set(key, view.index.lengthNorm[doc]!);
  });
  return { terms, norms, passageCount: view.index.passageCount, maxIdf: view.index.maxIdf };
}

function expectAlike(incremental: ReturnType<typeof rankedAnswers>, full: ReturnType<typeof rankedAnswers>): void {
  expect(incremental.length).toBe(full.length);
  incremental.forEach((answers, q) => {
    expect(answers.map((a) => a.id), questions[q]).toEqual(full[q]!.map((a) => a.id));
    answers.forEach((answer, i) => expect(Math.abs(answer.score - full[q]![i]!.score)).toBeLessThan(1e-9));
  });
}

describe("a corpus indexed a page at a time", () => {
  it("ranks as a full build of the same pages, after pages are added, changed and removed", async () => {
    const names = await writePages(await mkdtemp(join(tmpdir(), "newsdesk-segments-names-")));
    const save = openSave(dataDir);
    const segmented = createSegmentedIndex({ policy: NO_MERGES });
    await copyFile(join(all, names[0]!), join(dir, names[0]!));
    const first = await save.load(dir, OPTIONS);
    segmented.seed(first.corpus, indexCorpus(first.corpus));
    let landed: Awaited<ReturnType<typeof land>> | null = null;
    for (const name of names.slice(1)) {
      await copyFile(join(all, name), join(dir, name));
      landed = await land(save, segmented);
    }
    // A page changed (its lead rewritten) and one removed.
    const changed = (await readFile(join(all, names[1]!), "utf8")).replace(/\n\n/, "\n\n    The Quokkabridge opened over the Kura river today.\n\n");
    await writeFile(join(dir, names[1]!), changed);
    await rm(join(dir, names[2]!));
    landed = await land(save, segmented);
    expect(segmented.segmentCount()).toBe(names.length + 1);

    const full = await fullBuild();
    const incremental = createSearchEngine(landed.corpus, { language, segmented: landed.view });
    expectAlike(rankedAnswers(incremental, questions), full.answers);
    const a = statistics(landed.view, landed.corpus);
    const b = statistics({ index: full.index, passages: createSegmentedIndex().seed(full.corpus, indexCorpus(full.corpus)).passages }, full.corpus);
    expect(a.passageCount).toBe(b.passageCount);
    expect(a.maxIdf).toBeCloseTo(b.maxIdf, 9);
    expect(new Map([...a.terms].sort())).toEqual(new Map([...b.terms].sort()));
    expect(a.norms.size).toBe(b.norms.size);
    for (const [key, norm] of b.norms) expect(Math.abs(a.norms.get(key)! - norm), key).toBeLessThan(1e-9);
  });
});
