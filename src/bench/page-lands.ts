import { rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { CorpusSave } from "../saved-index/corpus-save.js";
import { buildIndex, buildSearchEngine } from "../search/engine.js";
import type { Language } from "../search/language.js";

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

const LANDED_PAGE = "zz-landed-page.txt";
const MARKER = "Quokkabridge";

/** A page in the site's layout holding a word no other page has, so that a search can tell when it is in. */
const landedPage = () =>
  [
    `${MARKER} opens over the Kura river`,
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

/**
 * A page dropped into the folder, as the bot takes it: the folder loaded again through the save (the new
 * file alone is parsed), the index rebuilt in steps while the event loop stays free, then the page is
 * searched for. The page is removed again afterwards, so the benchmark's corpus stays as written.
 */
export async function timePageLanding(dir: string, save: CorpusSave, language: Language): Promise<Stalls & { searchable: boolean }> {
  const path = join(dir, LANDED_PAGE);
  await writeFile(path, landedPage());
  try {
    let searchable = false;
    const stalls = await timeWithStalls(async () => {
      const { corpus } = await save.load(dir, { timezone: "Asia/Baku" });
      const engine = await buildSearchEngine(corpus, { language, index: await buildIndex(corpus) });
      searchable = engine.search(`${MARKER} river crossing`).some((answer) => answer.article.includes(MARKER));
    });
    return { ...stalls, searchable };
  } finally {
    await rm(path, { force: true });
  }
}
