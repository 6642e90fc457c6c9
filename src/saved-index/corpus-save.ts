import { endianness } from "node:os";
import { existsSync, rmSync } from "node:fs";
import { dirname, join } from "node:path";
import { crc32 } from "node:zlib";
import type { Corpus } from "../corpus/types.js";
import { PARSER_VERSION } from "../corpus/defaults.js";
import { corpusOfParts, type FilePart } from "../corpus/file-parts.js";
import type { ParsePool } from "../parse-workers/parse-pool.js";
import { readPartsOnPool } from "../parse-workers/read-on-pool.js";
import type { GivenTerms } from "../search/given-terms.js";
import type { LoadOptions, SkippedFile } from "../corpus/load-corpus.js";
import type { Logger } from "../log/logger.js";
import { SEARCH_DEFAULTS, type SearchSettings } from "../search/defaults.js";
import type { InvertedIndex } from "../search/inverted-index.js";
import { ANALYSIS_VERSION } from "../search/tokenize.js";
import { buildTermTables } from "../search/expand-terms.js";
import { decodeSave, encodeSave, type SaveKey } from "./binary-format.js";
import { CORPUS_SECTION_COUNT, decodeManifest, encodeManifest, manifestOf, partsOfManifest } from "./corpus-codec.js";
import { indexFromSections, indexSections } from "./index-codec.js";
import { readSaveFile, writeSaveFile } from "./save-file.js";

export const SAVE_FILE = join("index", "corpus.idx");

export interface CorpusSaveDeps {
  /** DATA_DIR: the save is DATA_DIR/index/corpus.idx. */
  dataDir: string;
  logger: Logger;
  settings?: SearchSettings;
  /** The page parsers' version (PARSER_VERSION in src/corpus/defaults.ts): a save made by other parsers is rebuilt. */
  parserVersion?: number;
  /** Worker threads for a load that parses many files (a cold start); without it every file is parsed in this thread. */
  parsePool?: () => ParsePool;
}

export interface SavedLoad {
  corpus: Corpus;
  skipped: SkippedFile[];
  /** The files parsed this time; the others came from the save (or the previous load). */
  parsed: string[];
}

/**
 * The parsed corpus and its index, saved in DATA_DIR between runs, keyed by each file's fingerprint.
 * A load reads the save once, then keeps its file parts in memory: the next load (a page dropped in)
 * parses only the files that changed. A save that cannot be used (corrupt, truncated, of another
 * format or analysis version) is named in one log line and rebuilt.
 */
export interface CorpusSave {
  load(dir: string, options: LoadOptions): Promise<SavedLoad>;
  /** Whether DATA_DIR holds a save, usable or not: a start without one parses every page. */
  exists(): boolean;
  /** The saved index of `corpus` when it is exactly the corpus the save holds (no file changed), else undefined. */
  indexOf(corpus: Corpus): InvertedIndex | undefined;
  /**
   * The sections the parse pool counted in the last load, for the next index build: handed out once and then
   * forgotten, since they are as large as the postings. They are keyed by that load's article objects, so they
   * serve any corpus that holds them (the bot's adds the feeds' stories, which are read from their text).
   */
  takeGivenTerms(): GivenTerms | undefined;
  /** Saves `index` as the index of `corpus`, when `corpus` is the last one loaded; other corpora are not saved. */
  store(corpus: Corpus, index: InvertedIndex): Promise<void>;
}

/** Takes back a save a failed first start wrote, as the store takes back its new database: such a start leaves nothing. */
export function undoNewSave(dataDir: string): () => void {
  const folder = join(dataDir, dirname(SAVE_FILE));
  if (existsSync(folder)) return () => {};
  return () => rmSync(folder, { recursive: true, force: true });
}

export function createCorpusSave(deps: CorpusSaveDeps): CorpusSave {
  const path = join(deps.dataDir, SAVE_FILE);
  const logger = deps.logger.child({ part: "saved-index" });
  let key: SaveKey | null = null;
  let known: Map<string, FilePart> | null = null;
  let last: { corpus: Corpus; parts: FilePart[] } | null = null;
  const indexes = new WeakMap<Corpus, InvertedIndex>();
  let counted: GivenTerms | null = null;

  const keyFor = (timezone: string): SaveKey => ({
    analysisVersion: ANALYSIS_VERSION,
    settingsKey: crc32(JSON.stringify({ settings: deps.settings ?? SEARCH_DEFAULTS, timezone, parser: deps.parserVersion ?? PARSER_VERSION })),
  });

  async function readSaved(saveKey: SaveKey): Promise<{ parts: Map<string, FilePart>; index: InvertedIndex } | null> {
    // The tables are written as the machine holds them; a big-endian machine rebuilds rather than misreads.
    if (endianness() !== "LE") return null;
    try {
      const bytes = await readSaveFile(path);
      if (bytes === null) return null;
      const sections = decodeSave(bytes, saveKey);
      const manifest = decodeManifest(sections.slice(0, CORPUS_SECTION_COUNT));
      return { parts: partsOfManifest(manifest), index: indexFromSections(sections.slice(CORPUS_SECTION_COUNT), manifest) };
    } catch (error) {
      logger.warn({ file: path, reason: error instanceof Error ? error.message : String(error) }, "saved index ignored; rebuilding it");
      return null;
    }
  }

  async function store(corpus: Corpus, index: InvertedIndex): Promise<void> {
    if (!last || last.corpus !== corpus || !key) return;
    indexes.set(corpus, index);
    try {
      const manifest = encodeManifest(manifestOf(last.parts, index));
      const tables = index.tables ?? buildTermTables(index.terms, deps.settings ?? SEARCH_DEFAULTS);
      await writeSaveFile(path, encodeSave(key, [...manifest, ...indexSections(index, tables)]));
    } catch (error) {
      logger.warn({ file: path, reason: (error as Error).message }, "index not saved; the next start rebuilds it");
    }
  }

  return {
    async load(dir, options) {
      const saveKey = keyFor(options.timezone);
      let saved: Awaited<ReturnType<typeof readSaved>> = null;
      if (known === null || key === null || key.settingsKey !== saveKey.settingsKey) {
        saved = await readSaved(saveKey);
        known = saved?.parts ?? new Map();
      }
      key = saveKey;
      const before = known;
      const { parts, notPages, parsed, given } = await readPartsOnPool(dir, options, before, deps.parsePool);
      const { corpus, skipped } = await corpusOfParts(parts, notPages);
      const unchanged = parts.length === before.size && parts.every((part) => before.get(part.name)?.result === part.result);
      if (saved && unchanged) indexes.set(corpus, saved.index);
      else if (unchanged && last) {
        const previous = indexes.get(last.corpus);
        if (previous) indexes.set(corpus, previous);
      }
      known = new Map(parts.map((part) => [part.name, part]));
      last = { corpus, parts };
      counted = given;
      // A touched file (new time, same text) is not parsed again, and the save learns its new fingerprint.
      const touched = saved !== null && unchanged && parts.some((part) => before.get(part.name) !== part);
      if (touched) await store(corpus, saved!.index);
      return { corpus, skipped, parsed };
    },
    exists: () => existsSync(path),
    indexOf: (corpus) => indexes.get(corpus),
    takeGivenTerms() {
      const given = counted ?? undefined;
      counted = null;
      return given;
    },
    store,
  };
}
