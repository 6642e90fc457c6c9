import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import type { Corpus, Headline } from "./types.js";
import { readCorpusEntries } from "./corpus-entries.js";
import { PAGE_FORMAT } from "./defaults.js";
import { CORPUS_ERRORS } from "./errors.js";
import { mergeHeadline } from "./headlines.js";
import { mapLimit } from "../concurrency/map-limit.js";
import { clearLoadMemos } from "./load-memo.js";
import { fileParser, type FileResult, type LoadOptions, type SkippedFile } from "./load-corpus.js";

/** One page file as last read: its fingerprint (size, modification time, content hash) and what it gave. */
export interface FilePart {
  name: string;
  size: number;
  mtimeMs: number;
  /** sha256 of the bytes, hex; "" for a file refused before it was read (too large). */
  hash: string;
  result: FileResult;
}

export interface ReadParts {
  /** Every page file, in name order. */
  parts: FilePart[];
  /** Entries that are no page (a subfolder, a pipe, a looping link), with why. */
  notPages: SkippedFile[];
  /** The files read and parsed this time (new, or changed in content). */
  parsed: string[];
}

/** Files read at once: one by one, a large corpus waits on the disk more than it parses. */
const READS_AT_ONCE = 64;

/**
 * A file as read: its bytes' hash and what they parse to, null when the hash is the `knownHash` it was read
 * with (a touched file, not parsed again); or why it could not be read.
 */
export type FileRead = { hash: string; result: FileResult | null } | { unreadable: string };

/**
 * Reads, hashes and parses one file: in this thread, or on a pool of worker threads for a large load
 * (src/parse-workers), which then reads and hashes the files too, so that this thread only joins the results.
 */
export type ReadFile = (path: string, options: LoadOptions, knownHash: string | null) => Promise<FileRead>;

export const sha256 = (bytes: Buffer) => createHash("sha256").update(bytes).digest("hex");

export const readInThread: ReadFile = async (path, options, knownHash) => {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    return { unreadable: (error as Error).message };
  }
  const hash = sha256(bytes);
  return { hash, result: hash === knownHash ? null : (await fileParser()).parseCorpusFile(path, bytes, options) };
};

/**
 * Reads the folder's page files, parsing only those `known` does not already hold, with the reader
 * `readerFor` gives for the number of files `known` lacks. A file whose size
 * and modification time match is taken as known without being read: reading and hashing 10,000 files
 * would cost a warm start most of its time, and an edit that keeps both the size and the time to the
 * nanosecond is not one an editor makes. A file whose size or time changed is read and hashed, and
 * parsed only when its content did change (a copy keeping the text, a `touch`, is not parsed again).
 */
export async function readFileParts(
  dir: string,
  options: LoadOptions,
  known: ReadonlyMap<string, FilePart>,
  readerFor: (unknownFiles: number) => ReadFile = () => readInThread,
): Promise<ReadParts> {
  const entries = await readCorpusEntries(dir).catch((error: NodeJS.ErrnoException) => {
    throw error.code === "ENOENT" || error.code === "ENOTDIR" ? new Error(CORPUS_ERRORS.noFolder(dir)) : error;
  });
  const notPages = entries.flatMap((entry) => (entry.skip === null ? [] : [{ file: entry.name, reason: entry.skip }]));
  const parsed: string[] = [];
  const pages = entries.filter((entry) => entry.skip === null);
  const readPage = readerFor(pages.filter((entry) => !known.has(entry.name)).length);
  const read = async (name: string, size: number, mtimeMs: number): Promise<FilePart> => {
    const before = known.get(name);
    if (before && before.size === size && before.mtimeMs === mtimeMs) return before;
    if (size > PAGE_FORMAT.maxFileBytes) return { name, size, mtimeMs, hash: "", result: { ok: false, reason: CORPUS_ERRORS.tooLarge(size) } };
    const read = await readPage(join(dir, name), options, before?.hash || null);
    if ("unreadable" in read) return { name, size, mtimeMs, hash: "", result: { ok: false, reason: read.unreadable } };
    if (read.result === null) return { ...before!, size, mtimeMs };
    parsed.push(name);
    return { name, size, mtimeMs, hash: read.hash, result: read.result };
  };
  let parts: FilePart[];
  try {
    parts = await mapLimit(pages, READS_AT_ONCE, (entry) => read(entry.name, entry.size, entry.mtimeMs));
  } finally {
    clearLoadMemos();
  }
  return { parts, notPages, parsed: parsed.sort() };
}

/** Files joined between two pauses: at 10,000 pages (50,000 listings) one pass held the event loop 30 to 70 ms. */
const PARTS_PER_PAUSE = 1_000;

/**
 * The corpus of the parts, as loadCorpus gives it: articles in file order, a headline listed in two files kept
 * once. Joined a thousand files at a time with a pause between, as a page landing in a running bot calls it.
 */
export async function corpusOfParts(parts: readonly FilePart[], notPages: readonly SkippedFile[]): Promise<{ corpus: Corpus; skipped: SkippedFile[] }> {
  const headlines = new Map<string, Headline>();
  const articles = [];
  const skipped: SkippedFile[] = [...notPages];
  for (const [i, part] of parts.entries()) {
    if (i > 0 && i % PARTS_PER_PAUSE === 0) await new Promise<void>((resolve) => setImmediate(resolve));
    if (!part.result.ok) {
      skipped.push({ file: part.name, reason: part.result.reason });
      continue;
    }
    articles.push(...part.result.corpus.articles);
    for (const headline of part.result.corpus.headlines) mergeHeadline(headlines, headline);
  }
  const byName = (a: SkippedFile, b: SkippedFile) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0);
  return { corpus: { articles, headlines: [...headlines.values()] }, skipped: skipped.sort(byName) };
}

/**
 * Loads every page of a folder, in name order, with nothing known from before. A bad file is skipped and named
 * with its reason, and so is an entry that is no page (a subfolder, a pipe, a link that loops); the rest load.
 */
export async function loadCorpus(dir: string, options: LoadOptions): Promise<{ corpus: Corpus; skipped: SkippedFile[] }> {
  const { parts, notPages } = await readFileParts(dir, options, new Map());
  return corpusOfParts(parts, notPages);
}
