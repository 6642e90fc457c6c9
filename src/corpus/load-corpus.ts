import { readFile, stat } from "node:fs/promises";
import { join } from "node:path";
import type { Corpus, Headline } from "./types.js";
import { readCorpusEntries } from "./corpus-entries.js";
import { PAGE_FORMAT } from "./defaults.js";
import { CORPUS_ERRORS } from "./errors.js";
import { mergeHeadline } from "./headlines.js";
import { mapLimit } from "../concurrency/map-limit.js";
import { clearLoadMemos } from "./load-memo.js";

export interface LoadOptions {
  timezone: string;
}

export interface SkippedFile {
  file: string;
  reason: string;
}

export type FileResult = { ok: true; corpus: Corpus } | { ok: false; reason: string };

/** Files read at once: one by one, a large corpus waits on the disk more than it parses. */
const READS_AT_ONCE = 64;

/**
 * The parsers, imported when a file is first parsed: they and their DOM (linkedom) took about a second of
 * every start, and a start from the saved index parses no file at all.
 */
export const fileParser = () => import("./parse-corpus-file.js");

/** Reads and parses one file; never throws: a file too large is refused before it is read. */
export async function loadCorpusFile(path: string, options: LoadOptions): Promise<FileResult> {
  try {
    const size = (await stat(path)).size;
    if (size > PAGE_FORMAT.maxFileBytes) return { ok: false, reason: CORPUS_ERRORS.tooLarge(size) };
    const { parseCorpusFile } = await fileParser();
    return parseCorpusFile(path, await readFile(path), options);
  } catch (error) {
    return { ok: false, reason: (error as Error).message };
  }
}

/** Joins the corpora of several files; a headline listed in two files is kept once. */
function mergeCorpora(parts: readonly Corpus[]): Corpus {
  const headlines = new Map<string, Headline>();
  for (const part of parts) for (const headline of part.headlines) mergeHeadline(headlines, headline);
  return { articles: parts.flatMap((part) => part.articles), headlines: [...headlines.values()] };
}

/**
 * Loads every page of a folder, in name order. A bad file is skipped and named with its reason, and so
 * is an entry that is no page (a subfolder, a pipe, a link that loops); the rest load.
 */
export async function loadCorpus(dir: string, options: LoadOptions): Promise<{ corpus: Corpus; skipped: SkippedFile[] }> {
  const entries = await readCorpusEntries(dir).catch((error: NodeJS.ErrnoException) => {
    throw error.code === "ENOENT" || error.code === "ENOTDIR" ? new Error(CORPUS_ERRORS.noFolder(dir)) : error;
  });
  const names = entries.filter((entry) => entry.skip === null).map((entry) => entry.name);
  const notPages = entries.flatMap((entry) => (entry.skip === null ? [] : [{ file: entry.name, reason: entry.skip }]));
  const load = (name: string) => loadCorpusFile(join(dir, name), options);
  let results: FileResult[];
  try {
    results = await mapLimit(names, READS_AT_ONCE, load);
  } finally {
    clearLoadMemos();
  }
  const parts: Corpus[] = [];
  const skipped: SkippedFile[] = [];
  results.forEach((result, i) => {
    if (result.ok) parts.push(result.corpus);
    else skipped.push({ file: names[i]!, reason: result.reason });
  });
  const byName = (a: SkippedFile, b: SkippedFile) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0);
  return { corpus: mergeCorpora(parts), skipped: [...notPages, ...skipped].sort(byName) };
}
