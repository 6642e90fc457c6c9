import { beforeAll, describe, expect, it } from "vitest";
import { readFile } from "node:fs/promises";
import { parsePage } from "../../src/corpus/parse-page.js";
import type { Corpus } from "../../src/corpus/types.js";
import { createSearchEngine } from "../../src/search/engine.js";
import { loadLanguage, type Language } from "../../src/search/language.js";
import { goneFrom, maskEngine } from "../../src/search/masked-engine.js";
import { SEED_PAGE, fixture } from "../corpus/helpers/paths.js";

const parse = async (path: string, file: string) =>
  parsePage(await readFile(path, "utf8"), { articleId: `a-${file}`, file, timezone: "Asia/Baku" });

let language: Language;
let seed: Corpus;
let cable: Corpus;
beforeAll(async () => {
  language = loadLanguage();
  seed = await parse(SEED_PAGE, "seed.txt");
  cable = await parse(fixture("pages/black-sea-power-cable.txt"), "cable.txt");
});

const join = (...parts: Corpus[]): Corpus => ({ articles: parts.flatMap((p) => p.articles), headlines: parts.flatMap((p) => p.headlines) });

describe("masking a removed page while the new index is built", () => {
  it("names the articles and headlines the next corpus no longer holds", () => {
    const gone = goneFrom(join(seed, cable), seed);
    expect([...gone.articleIds]).toEqual(["a-cable.txt"]);
    const seedIds = new Set(seed.headlines.map((h) => h.id));
    expect([...gone.headlineIds].every((id) => !seedIds.has(id))).toBe(true);
    expect(gone.headlineIds.size).toBe(cable.headlines.filter((h) => !seedIds.has(h.id)).length);
  });

  it("answers from the old index without the removed page, and the rest as before", () => {
    const both = join(seed, cable);
    const engine = createSearchEngine(both, { language });
    const cableTitle = cable.articles[0]!.title;
    const before = engine.search(cableTitle);
    expect(before.some((a) => a.articleId === "a-cable.txt")).toBe(true);
    const masked = maskEngine(engine, goneFrom(both, seed));
    expect(masked.search(cableTitle).some((a) => a.articleId === "a-cable.txt")).toBe(false);
    const question = "Why did Azerbaijan detain 19 people?";
    expect(masked.search(question)).toEqual(engine.search(question));
  });

  it("leaves the engine as it is when nothing is gone", () => {
    const engine = createSearchEngine(seed, { language });
    expect(maskEngine(engine, goneFrom(seed, seed))).toBe(engine);
  });
});
