import { rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { CorpusSave } from "../saved-index/corpus-save.js";
import type { Corpus } from "../corpus/types.js";
import { runWithPauses } from "../search/build-steps.js";
import { createSearchEngine } from "../search/engine.js";
import type { InvertedIndex } from "../search/inverted-index.js";
import { createSegmentedIndex } from "../search/segments/segmented-index.js";
import type { SearchEngine } from "../search/types.js";
import type { Language } from "../search/language.js";
import type { ProseMemo } from "../search/prose.js";
import type { SectionSentences } from "../search/section-sentences.js";
import { fileParser } from "../corpus/load-corpus.js";

export interface Stalls {
  seconds: number;
  /** The longest the event loop waited: the longest a reader's question could wait for an answer. */
  longestStallMs: number;
  /** The most heap in use meanwhile, in MB. */
  peakHeapMb: number;
}

/** Runs `work` while a 1 ms timer measures how late it fires, and samples the heap every 10 ms. */
export async function timeWithStalls(work: () => Promise<unknown>): Promise<Stalls> {
  const started = performance.now();
  let last = started;
  let longest = 0;
  let peak = process.memoryUsage().heapUsed;
  let ticks = 0;
  const tick = setInterval(() => {
    const at = performance.now();
    longest = Math.max(longest, at - last);
    last = at;
    if (++ticks % 10 === 0) peak = Math.max(peak, process.memoryUsage().heapUsed);
  }, 1);
  await work();
  clearInterval(tick);
  const ended = performance.now();
  peak = Math.max(peak, process.memoryUsage().heapUsed);
  return { seconds: (ended - started) / 1000, longestStallMs: Math.max(longest, ended - last), peakHeapMb: peak / 1024 / 1024 };
}

const MARKER = "Quokkabridge";

/** A page in the site's layout holding a word no other page has, so that a search can tell when it is in. */
const landedPage = (n: number) =>
  [
    `${MARKER} opens over the Kura river (${n + 1})`,
    "    A new crossing for the region",
    "",
    "    REGION  27 January 2023 - 14:27",
    "",
    `    The ${MARKER} opened today after three years of work, the ministry said.`,
    "",
    "    Traffic",
    "",
    `    Trucks will use the ${MARKER} from next month, easing the old road.`,
  ].join("\n");

export interface LandingFigures {
  /** The first page, from dropping it to its being answered: the folder loaded through the save, its passages indexed into a segment. */
  landing: Stalls & { searchable: boolean };
  /** Every segment merged into the main one (the costliest merge, which the tiered policy makes rare), in pausing steps. */
  merge: Stalls & { searchable: boolean };
  /** Answer times over the main segment and the landed pages' segments, before they merge. */
  withSegments: { p50: number; p99: number };
}

export interface LandingDeps {
  dir: string;
  save: CorpusSave;
  language: Language;
  corpus: Corpus;
  /** The corpus's whole index, the main segment. */
  index: InvertedIndex;
  /** The main segment's engine's prose measures, taken for every passage beforehand as the bot's live search takes them. */
  prose: ProseMemo;
  /** The main segment's engine's sections' sentences, which the engines after it read as the bot's live search does. */
  sentences: SectionSentences;
  /** Times the questions over an engine: p50 and p99 in ms. */
  timeQuestions(engine: SearchEngine): { p50: number; p99: number };
  pages?: number;
}

/**
 * Pages dropped into the folder, as the bot takes them (src/app/live-search.ts): each loaded through the save
 * (the new file alone is parsed) and indexed alone into a segment, then the segments merged into the main one.
 * The pages are removed again afterwards, so the benchmark's corpus stays as written.
 */
export async function timePageLanding(deps: LandingDeps): Promise<LandingFigures> {
  // The prose measures and sections' sentences are shared by every engine made here, as the live search shares them.
  const { dir, save, language, prose, sentences } = deps;
  const pages = deps.pages ?? 4;
  const paths = Array.from({ length: pages }, (_, i) => join(dir, `zz-landed-page-${i}.txt`));
  // Every merge is the main one here: the worst a landed page can set off.
  const segmented = createSegmentedIndex({ policy: { mergeFactor: 2, mainMergeShare: 0 } });
  segmented.seed(deps.corpus, deps.index);
  const isIn = (engine: SearchEngine) => engine.search(`${MARKER} river crossing`).some((answer) => answer.article.includes(MARKER));
  // The page parsers loaded beforehand, as the leader loads them after its start: a cold load on the parse
  // pool leaves them unloaded in this thread, and their import (about a second) is no landing page's cost.
  await fileParser();
  try {
    let engine: SearchEngine | null = null;
    let searchable = false;
    const landing = await timeWithStalls(async () => {
      await writeFile(paths[0]!, landedPage(0));
      const { corpus } = await save.load(dir, { timezone: "Asia/Baku" });
      const view = await runWithPauses(segmented.update(corpus));
      engine = createSearchEngine(corpus, { language, segmented: view, prose, sentences });
      searchable = isIn(engine);
    });
    for (let i = 1; i < pages; i++) {
      await writeFile(paths[i]!, landedPage(i));
      const { corpus } = await save.load(dir, { timezone: "Asia/Baku" });
      engine = createSearchEngine(corpus, { language, segmented: await runWithPauses(segmented.update(corpus)), prose, sentences });
    }
    const withSegments = deps.timeQuestions(engine!);
    let mergedSearchable = false;
    // The view before the merge, made outside the timed window: the bot has its engine's view already.
    let view = segmented.current();
    const merge = await timeWithStalls(async () => {
      for (let merged = await segmented.mergeOnce(); merged; merged = await segmented.mergeOnce()) view = merged;
      mergedSearchable = isIn(createSearchEngine(view.corpus, { language, segmented: view, prose, sentences }));
    });
    return { landing: { ...landing, searchable }, merge: { ...merge, searchable: mergedSearchable }, withSegments };
  } finally {
    await Promise.all(paths.map((path) => rm(path, { force: true })));
  }
}
