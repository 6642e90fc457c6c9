import { copyFile, mkdtemp, readFile, readdir, rm } from "node:fs/promises";
import { afterEach, beforeAll, beforeEach } from "vitest";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { writeSyntheticCorpus } from "../../../src/bench/synthetic-corpus.js";
import { createCorpusSave, type CorpusSave } from "../../../src/saved-index/corpus-save.js";
import { loadLanguage, type Language } from "../../../src/search/language.js";
import type { Answer, SearchEngine } from "../../../src/search/types.js";
import { createCaptureLogger } from "../../sources/helpers/capture-logger.js";
import { SEED_PAGE, fixture } from "../../corpus/helpers/paths.js";
import { REPO_ROOT } from "../helpers/seed.js";

export const OPTIONS = { timezone: "Asia/Baku" };

/** The project's question set and a few questions on the generated pages' words. */
export async function questionSet(): Promise<string[]> {
  const lines = (await readFile(join(REPO_ROOT, "tests/search/questions.jsonl"), "utf8")).split("\n").filter(Boolean);
  return [...lines.map((line) => (JSON.parse(line) as { q: string }).q), "Black Sea power cable", "red bridge crossing", "zangezor coridor", "мост через Аракс", "Horadiz Ağbənd dəmir yolu"];
}

/** Pages for a corpus built two ways: the seed page, two fixture pages and a few generated in the site's layout. */
export async function writePages(dir: string): Promise<string[]> {
  const generated = await mkdtemp(join(tmpdir(), "newsdesk-segments-gen-"));
  const seedWords = (await readFile(SEED_PAGE, "utf8")).split(/\s+/).filter((word) => /^\p{L}{4,}$/u.test(word));
  await writeSyntheticCorpus({ dir: generated, articles: 4, headlines: 40, seed: 7, vocabulary: 400, seedWords, seedShare: 0.3 });
  await copyFile(SEED_PAGE, join(dir, "a-seed.txt"));
  await copyFile(fixture("pages/black-sea-power-cable.txt"), join(dir, "b-black-sea-power-cable.txt"));
  await copyFile(fixture("pages/red-bridge-crossing.txt"), join(dir, "c-red-bridge-crossing.txt"));
  await copyFile(fixture("pages/aras-corridor-bridge-ru.txt"), join(dir, "c-aras-corridor-bridge-ru.txt"));
  await copyFile(fixture("pages/horadiz-aghband-railway-az.txt"), join(dir, "c-horadiz-aghband-railway-az.txt"));
  for (const name of await readdir(generated)) await copyFile(join(generated, name), join(dir, `d-${name}`));
  return (await readdir(dir)).sort();
}

export const openSave = (dataDir: string): CorpusSave => createCorpusSave({ dataDir, logger: createCaptureLogger([]) });

const identity = (answer: Answer) => `${answer.kind}|${answer.articleId ?? answer.headlineId}|${answer.sectionIndex ?? ""}|${answer.excerpt}`;

/** Each question's answers, as (identity, score) pairs sorted so that answers tied on score compare alike. */
export function rankedAnswers(engine: SearchEngine, questions: readonly string[]): Array<Array<{ id: string; score: number }>> {
  return questions.map((question) =>
    engine
      .search(question, { limit: 10 })
      .map((answer) => ({ id: identity(answer), score: answer.score }))
      .sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
  );
}

export interface SegmentPages {
  language: Language;
  questions: string[];
  /** The folder holding every page, written once for the file. */
  all: string;
  names: string[];
  /** A corpus folder and a DATA_DIR of their own for each test. */
  dir: string;
  dataDir: string;
}

/** The pages and questions a segments test works on, and fresh folders for each test, removed after it. */
export function segmentPages(name: string): SegmentPages {
  const pages = {} as SegmentPages;
  beforeAll(async () => {
    pages.language = loadLanguage();
    pages.questions = await questionSet();
    pages.all = await mkdtemp(join(tmpdir(), `newsdesk-${name}-all-`));
    pages.names = await writePages(pages.all);
  });
  beforeEach(async () => {
    pages.dir = await mkdtemp(join(tmpdir(), `newsdesk-${name}-dir-`));
    pages.dataDir = await mkdtemp(join(tmpdir(), `newsdesk-${name}-data-`));
  });
  afterEach(async () => {
    await rm(pages.dir, { recursive: true, force: true });
    await rm(pages.dataDir, { recursive: true, force: true });
  });
  return pages;
}
