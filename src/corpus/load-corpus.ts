import { readFile, stat } from "node:fs/promises";
import type { Corpus } from "./types.js";
import { PAGE_FORMAT } from "./defaults.js";
import { CORPUS_ERRORS } from "./errors.js";

export interface LoadOptions {
  timezone: string;
}

export interface SkippedFile {
  file: string;
  reason: string;
}

export type FileResult = { ok: true; corpus: Corpus } | { ok: false; reason: string };

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
