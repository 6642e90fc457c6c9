import { beforeAll, describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { createSearchEngine } from "../../src/search/engine.js";
import { loadLanguage, type Language } from "../../src/search/language.js";
import { loadCorpusFile } from "../../src/corpus/load-corpus.js";
import type { Corpus } from "../../src/corpus/types.js";
import type { SearchEngine } from "../../src/search/types.js";
import { judge, parseCases } from "./helpers/score-rules.js";
import { REPO_ROOT, loadSeedCorpus } from "./helpers/seed.js";

const PAGES = join(REPO_ROOT, "tests/corpus/fixtures/pages");

async function load(path: string): Promise<Corpus> {
  const result = await loadCorpusFile(path, { timezone: "Asia/Baku" });
  if (!result.ok) throw new Error(`${path} was refused: ${result.reason}`);
  return result.corpus;
}

const join2 = (...corpora: Corpus[]): Corpus => ({ articles: corpora.flatMap((c) => c.articles), headlines: corpora.flatMap((c) => c.headlines) });

let language: Language;
/** The English seed page alone. */
let english: SearchEngine;
/** The seed page with the site's Russian and Azerbaijani pages beside it, as a corpus of the three editions. */
let editions: SearchEngine;
beforeAll(async () => {
  language = loadLanguage();
  const seed = await loadSeedCorpus();
  english = createSearchEngine(seed, { language });
  const ru = await load(join(PAGES, "aras-corridor-bridge-ru.txt"));
  const az = await load(join(PAGES, "horadiz-aghband-railway-az.txt"));
  editions = createSearchEngine(join2(seed, ru, az), { language });
});

/** Runs a question set with the scorer's rules and prints what failed. */
function passRate(file: string, engine: SearchEngine): number {
  const cases = parseCases(readFileSync(join(REPO_ROOT, file), "utf8"));
  const failures = cases.map((c) => ({ q: c.q, why: judge(c, engine.search(c.q)) })).filter((f) => f.why !== null);
  if (failures.length > 0) console.log(`${file}: ${failures.length} of ${cases.length} failed\n${failures.map((f) => `FAIL ${JSON.stringify(f.q)}: ${f.why}`).join("\n")}`);
  return (cases.length - failures.length) / cases.length;
}

describe("questions in Russian and Azerbaijani", () => {
  it("a Russian question over the Russian page gets its section, in Russian, with the reader's words in bold", () => {
    const [first] = editions.search("Сколько грузовиков в сутки пройдёт по мосту?");
    expect(first).toMatchObject({ section: "Грузовые перевозки", language: "ru", questionLanguage: "ru", match: "answer" });
    const bold = first!.highlights.map(([start, end]) => first!.excerpt.slice(start, end));
    expect(bold).toEqual(expect.arrayContaining(["грузовиков", "сутки"]));
  });

  it("an Azerbaijani question over the Azerbaijani page gets its section", () => {
    const [first] = editions.search("İran niyə Zəngəzur dəhlizinə qarşıdır?");
    expect(first).toMatchObject({ section: "Ermənistanla sərhəd və dəhlizin taleyi", language: "az", questionLanguage: "az" });
    expect(first!.excerpt).toContain("Zəngəzur dəhlizinə qarşı");
  });

  it("a Russian and an Azerbaijani question are answered from the English page by the names they share", () => {
    for (const question of ["Почему Иран против Зангезурского коридора?", "İran niyə Zəngəzur dəhlizinə qarşıdır?"]) {
      const [first] = english.search(question);
      expect(first, question).toMatchObject({ section: "Mounting tensions", language: "en", match: "answer" });
      expect(first!.questionLanguage).not.toBe("en");
      const bold = first!.highlights.map(([start, end]) => first!.excerpt.slice(start, end));
      expect(bold).toContain("Zangezur");
    }
  });

  it("is searched in pages of its own language first, then in the others", () => {
    expect(editions.search("Почему Иран против Зангезурского коридора?")[0]).toMatchObject({ language: "ru", section: "Позиция Тегерана" });
    expect(english.search("Почему Иран против Зангезурского коридора?")[0]?.language).toBe("en");
  });

  it("finds nothing on an English page from words that cross in no spelling", () => {
    expect(english.search("Какая погода завтра?")).toEqual([]);
    expect(english.search("Sabah hava necə olacaq?")).toEqual([]);
  });

  it("pass the Russian set over the three editions", () => {
    expect(passRate("tests/search/questions-ru.jsonl", editions)).toBeGreaterThanOrEqual(0.9);
  });

  it("pass the Azerbaijani set over the three editions", () => {
    expect(passRate("tests/search/questions-az.jsonl", editions)).toBeGreaterThanOrEqual(0.9);
  });

  it("pass the set answered from the English page by names", () => {
    expect(passRate("tests/search/questions-crossing.jsonl", english)).toBeGreaterThanOrEqual(0.85);
  });

  it("leave English questions over the three editions answered from the English page", () => {
    expect(editions.search("why does Iran oppose the Zangezur corridor?")[0]).toMatchObject({ section: "Mounting tensions", language: "en", questionLanguage: "en" });
  });
});
