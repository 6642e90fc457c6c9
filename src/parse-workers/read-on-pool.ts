import { readInThread, readFileParts, type FilePart, type ReadParts } from "../corpus/file-parts.js";
import type { LoadOptions } from "../corpus/load-corpus.js";
import type { GivenTerms } from "../search/given-terms.js";
import type { ParsePool } from "./parse-pool.js";

/** Below this many files to parse, a pool's start (about half a second a worker) costs more than it saves. */
const POOL_MIN_FILES = 200;

/**
 * The folder's file parts (see readFileParts), read and parsed on a pool from `openPool` when `known` lacks many of
 * them, with the sections the pool counted for the index; the pool is closed whatever happens.
 */
export async function readPartsOnPool(
  dir: string,
  options: LoadOptions,
  known: ReadonlyMap<string, FilePart>,
  openPool: (() => ParsePool) | undefined,
): Promise<ReadParts & { given: GivenTerms | null }> {
  const opened: { pool?: ParsePool } = {};
  const readerFor = (unknownFiles: number) => {
    if (unknownFiles < POOL_MIN_FILES || !openPool) return readInThread;
    opened.pool = openPool();
    return opened.pool.read;
  };
  try {
    const read = await readFileParts(dir, options, known, readerFor);
    return { ...read, given: opened.pool ? await opened.pool.close() : null };
  } finally {
    await opened.pool?.close();
  }
}
