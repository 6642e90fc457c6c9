import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { copyFile, mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { corpusOfParts, readFileParts, readInThread } from "../../src/corpus/file-parts.js";
import { createParsePool, type ParsePool } from "../../src/parse-workers/parse-pool.js";
import { SEARCH_DEFAULTS } from "../../src/search/defaults.js";
import { indexCorpus } from "../../src/search/engine.js";
import type { InvertedIndex } from "../../src/search/inverted-index.js";
import { silentLogger } from "../../src/log/logger.js";
import { createCaptureLogger, type LogEntry } from "../sources/helpers/capture-logger.js";
import { SEED_PAGE, fixture } from "../corpus/helpers/paths.js";

const OPTIONS = { timezone: "Asia/Baku" };
const FIXTURES = ["pages", "markdown", "html", "bad"];

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "newsdesk-parse-pool-"));
  await copyFile(SEED_PAGE, join(dir, "seed.txt"));
  // Pages in the site's three languages and its three formats, and files that must be skipped with a reason.
  for (const folder of FIXTURES) for (const name of await readdir(fixture(folder))) await copyFile(fixture(`${folder}/${name}`), join(dir, `${folder}-${name}`));
  await writeFile(join(dir, "binary.txt"), Buffer.from([0, 1, 2, 3, 0xff, 0xfe, 0, 0, 7, 8]));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

async function readWith(pool: ParsePool | null) {
  const read = await readFileParts(dir, OPTIONS, new Map(), pool ? () => pool.read : undefined);
  const given = pool ? await pool.close() : undefined;
  return { ...read, given, ...(await corpusOfParts(read.parts, read.notPages)) };
}

/** The folder read in this thread and on a pool of two workers running a fixture's module, with the pool's "worker stopped" lines. */
async function readWithWorkers(fixtureModule: string) {
  const entries: LogEntry[] = [];
  const workerModule = new URL(`./fixtures/${fixtureModule}`, import.meta.url);
  const pool = createParsePool({ size: 2, settings: SEARCH_DEFAULTS, logger: createCaptureLogger(entries), workerModule });
  const inThread = await readWith(null);
  const pooled = await readWith(pool);
  const stopped = entries.filter((entry) => entry.level === "warn" && entry.message.includes("parse worker stopped"));
  return { inThread, pooled, stopped };
}

/** An index as plain arrays, to compare two builds value for value. */
const plain = (index: InvertedIndex) => ({
  terms: index.terms,
  offsets: Array.from(index.postings.offsets),
  docs: Array.from(index.postings.docs),
  freqs: Array.from(index.postings.freqs),
  lengths: Array.from(index.lengths),
  lengthNorm: Array.from(index.lengthNorm),
  idf: Array.from(index.idf),
});

describe("the parse pool", () => {
  it("parses every file as the main thread does, bad files skipped with the same reasons", async () => {
    const inThread = await readWith(null);
    const pooled = await readWith(createParsePool({ size: 2, settings: SEARCH_DEFAULTS, logger: silentLogger }));
    expect(pooled.parts.map((part) => part.result)).toEqual(inThread.parts.map((part) => part.result));
    expect(pooled.skipped).toEqual(inThread.skipped);
    expect(pooled.skipped.length).toBeGreaterThanOrEqual(5);
    expect(new Set(pooled.corpus.articles.map((article) => article.language))).toEqual(new Set(["en", "ru", "az"]));
  });

  it("counts every article's sections, and the index built from its counts is the one built from the text", async () => {
    const pooled = await readWith(createParsePool({ size: 2, settings: SEARCH_DEFAULTS, logger: silentLogger }));
    expect(pooled.given!.articles.size).toBe(pooled.corpus.articles.length);
    // Both workers took files: each numbered terms of its own.
    expect(pooled.given!.vocabularies.every((vocabulary) => vocabulary.length > 0)).toBe(true);
    const fromCounts = indexCorpus(pooled.corpus, SEARCH_DEFAULTS, pooled.given);
    expect(plain(fromCounts)).toEqual(plain(indexCorpus(pooled.corpus)));
  });

  it("is not used for an index of other weights, which reads the text", async () => {
    const pooled = await readWith(createParsePool({ size: 2, settings: SEARCH_DEFAULTS, logger: silentLogger }));
    const settings = { ...SEARCH_DEFAULTS, headingWeight: SEARCH_DEFAULTS.headingWeight + 1 };
    expect(plain(indexCorpus(pooled.corpus, settings, pooled.given))).toEqual(plain(indexCorpus(pooled.corpus, settings)));
  });

  it("reads and hashes in the worker: a file of the known hash is not parsed again, one that cannot be read gives the reason", async () => {
    const pool = createParsePool({ size: 2, settings: SEARCH_DEFAULTS, logger: silentLogger });
    try {
      const first = await pool.read(join(dir, "seed.txt"), OPTIONS, null);
      expect(first).toEqual(await readInThread(join(dir, "seed.txt"), OPTIONS, null));
      const hash = "hash" in first ? first.hash : "";
      expect(await pool.read(join(dir, "seed.txt"), OPTIONS, hash)).toEqual({ hash, result: null });
      expect(await pool.read(join(dir, "gone.txt"), OPTIONS, null)).toEqual(await readInThread(join(dir, "gone.txt"), OPTIONS, null));
    } finally {
      await pool.close();
    }
  });

  it("parses in this thread when its workers fail, with one log line a worker and no file lost", async () => {
    const { inThread, pooled, stopped } = await readWithWorkers("failing-worker.ts");
    expect(pooled.parts.map((part) => part.result)).toEqual(inThread.parts.map((part) => part.result));
    expect(pooled.given!.articles.size).toBe(0);
    expect(stopped).toHaveLength(2);
  });

  it("parses in this thread the files whose parser a worker cannot import, and loses none", async () => {
    const { inThread, pooled, stopped } = await readWithWorkers("no-page-parser-worker.ts");
    expect(pooled.parts.map((part) => part.result)).toEqual(inThread.parts.map((part) => part.result));
    expect(pooled.skipped).toEqual(inThread.skipped);
    // Each worker stopped at its first scraped page, with one line.
    expect(stopped).toHaveLength(2);
    const fromCounts = indexCorpus(pooled.corpus, SEARCH_DEFAULTS, pooled.given);
    expect(plain(fromCounts)).toEqual(plain(indexCorpus(pooled.corpus)));
  });
});
