import { afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { copyFile, mkdtemp, readFile, rm, truncate, utimes, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createCorpusSave, SAVE_FILE } from "../../src/saved-index/corpus-save.js";
import { createSearchEngine, indexCorpus } from "../../src/search/engine.js";
import { loadLanguage, type Language } from "../../src/search/language.js";
import { loadCorpus } from "../../src/corpus/file-parts.js";
import { createCaptureLogger, type LogEntry } from "../sources/helpers/capture-logger.js";
import { SEED_PAGE, fixture } from "../corpus/helpers/paths.js";

const OPTIONS = { timezone: "Asia/Baku" };
const QUESTIONS = [
  "Why did Azerbaijan detain 19 people?",
  "zangezor coridor",
  "Who is Velayati?",
  "Black Sea power cable",
  "Nashville school shooting",
  "bitcoin price prediction",
];

let language: Language;
let dir: string;
let dataDir: string;
let entries: LogEntry[];
beforeAll(() => {
  language = loadLanguage();
});
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "newsdesk-save-corpus-"));
  dataDir = await mkdtemp(join(tmpdir(), "newsdesk-save-data-"));
  entries = [];
  await copyFile(SEED_PAGE, join(dir, "seed.txt"));
  await copyFile(fixture("pages/black-sea-power-cable.txt"), join(dir, "black-sea-power-cable.txt"));
  await copyFile(fixture("pages/red-bridge-crossing.txt"), join(dir, "red-bridge-crossing.txt"));
  await writeFile(join(dir, "empty.txt"), "");
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
  await rm(dataDir, { recursive: true, force: true });
});

/** A fresh save object, as a new process has: nothing in memory, only the file. */
const openSave = () => createCorpusSave({ dataDir, logger: createCaptureLogger(entries) });

/** Loads through a fresh save and stores the index it had to build: a start of `npm run ask`. */
async function start() {
  const save = openSave();
  const loaded = await save.load(dir, OPTIONS);
  const saved = save.indexOf(loaded.corpus);
  const engine = createSearchEngine(loaded.corpus, { language, index: saved });
  if (!saved) await save.store(loaded.corpus, indexCorpus(loaded.corpus));
  return { ...loaded, fromSave: saved !== undefined, answers: answersOf(engine) };
}

const answersOf = (engine: ReturnType<typeof createSearchEngine>) => QUESTIONS.map((q) => engine.search(q));

async function freshAnswers() {
  const { corpus, skipped } = await loadCorpus(dir, OPTIONS);
  return { corpus, skipped, answers: answersOf(createSearchEngine(corpus, { language })) };
}

describe("the saved corpus and index", () => {
  it("round-trips: a second start parses nothing, reads the index, and answers as a fresh load does", async () => {
    const first = await start();
    expect(first.fromSave).toBe(false);
    expect(first.parsed).toEqual(["black-sea-power-cable.txt", "empty.txt", "red-bridge-crossing.txt", "seed.txt"]);
    const second = await start();
    expect(second.fromSave).toBe(true);
    expect(second.parsed).toEqual([]);
    const fresh = await freshAnswers();
    expect(second.corpus).toEqual(fresh.corpus);
    expect(second.skipped).toEqual(fresh.skipped);
    expect(second.skipped.map((s) => s.file)).toEqual(["empty.txt"]);
    expect(second.answers).toEqual(fresh.answers);
    expect(second.answers[0]![0]!.excerpt).toContain("detained 19 people");
    expect(entries.filter((e) => e.level === "warn")).toEqual([]);
  });

  for (const [damage, spoil, reason] of [
    ["corrupted", async (path: string) => {
      const bytes = await readFile(path);
      bytes[Math.floor(bytes.length / 2)]! ^= 0x01;
      await writeFile(path, bytes);
    }, /checksum/],
    ["truncated", async (path: string) => truncate(path, 1000), /truncated/],
    ["of an old format", async (path: string) => {
      const bytes = await readFile(path);
      bytes.writeUInt32LE(0, 8);
      await writeFile(path, bytes);
    }, /format version 0/],
  ] as const) {
    it(`ignores a save ${damage} with one log line, rebuilds it, and answers right`, async () => {
      await start();
      await spoil(join(dataDir, SAVE_FILE));
      const again = await start();
      expect(again.fromSave).toBe(false);
      expect(again.parsed).toHaveLength(4);
      const warnings = entries.filter((e) => e.level === "warn");
      expect(warnings).toHaveLength(1);
      expect(warnings[0]!.fields.reason).toMatch(reason);
      expect(again.answers).toEqual((await freshAnswers()).answers);
      const third = await start();
      expect(third.fromSave).toBe(true);
      expect(entries.filter((e) => e.level === "warn")).toHaveLength(1);
    });
  }

  it("rebuilds a save that other page parsers made, with one log line", async () => {
    const older = createCorpusSave({ dataDir, logger: createCaptureLogger(entries), parserVersion: 1 });
    const loaded = await older.load(dir, OPTIONS);
    await older.store(loaded.corpus, indexCorpus(loaded.corpus));
    const again = await start();
    expect(again.fromSave).toBe(false);
    expect(again.parsed).toHaveLength(4);
    expect(entries.filter((e) => e.level === "warn").map((e) => e.fields.reason)).toEqual(["saved with other search settings, timezone or page parsers"]);
  });

  it("re-parses one changed file alone, and answers from its new text", async () => {
    await start();
    const page = await readFile(join(dir, "black-sea-power-cable.txt"), "utf8");
    await writeFile(join(dir, "black-sea-power-cable.txt"), page.replace(/\n\n/, "\n\nA quokka census was held on the cable ship.\n\n"));
    const changed = await start();
    expect(changed.parsed).toEqual(["black-sea-power-cable.txt"]);
    expect(changed.fromSave).toBe(false);
    const fresh = await freshAnswers();
    expect(changed.corpus).toEqual(fresh.corpus);
    expect(changed.answers).toEqual(fresh.answers);
  });

  it("takes a touched file (same text, new time) from the save, and a removed file out", async () => {
    await start();
    const later = new Date(Date.now() + 60_000);
    await utimes(join(dir, "seed.txt"), later, later);
    const touched = await start();
    expect(touched.parsed).toEqual([]);
    expect(touched.fromSave).toBe(true);
    await rm(join(dir, "red-bridge-crossing.txt"));
    const removed = await start();
    expect(removed.parsed).toEqual([]);
    expect(removed.corpus.articles.map((a) => a.file)).not.toContain("red-bridge-crossing.txt");
    expect(removed.corpus).toEqual((await freshAnswers()).corpus);
  });
});
