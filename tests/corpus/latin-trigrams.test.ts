import { describe, expect, it } from "vitest";
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { franc } from "franc-min";
import { latinLanguageOf } from "../../src/corpus/latin-trigrams.js";

const SEED = join(import.meta.dirname, "../eval/seed-corpus");

/** Samples of 20 to 500 characters cut from every line of the seed corpus, in all its languages. */
async function seedSamples(): Promise<string[]> {
  const samples: string[] = [];
  for (const name of await readdir(SEED)) {
    const lines = (await readFile(join(SEED, name), "utf8")).split("\n").filter((line) => line.trim().length >= 20);
    for (const [i, line] of lines.entries()) samples.push(line.slice(0, 20 + ((i * 37) % 480)));
  }
  return samples;
}

/** Latin text without ə, ı, ş…: transliterated Azerbaijani, English, and made-up words. */
const HARD_CASES = [
  "Bakida neft qiymeti bu il artib, nazir bildirib ki, ixrac da artacaq",
  "Prezident Ilham Aliyev Sumqayitda yeni zavodun acilisinda istirak edib",
  "The minister said exports grew by 12% in 2025",
  "Denu mowaer hivezane parts yeur rushed sutenu jamipael quinutiar payeelsa mission minority",
  "Qarabag, Azerbaijan — 23 November 2023 - 09:29",
  "ok then",
];

describe("the Latin-script trigrams", () => {
  it("choose as franc-min held to the site's languages does, on every sample of the seed corpus", async () => {
    const samples = [...(await seedSamples()), ...HARD_CASES];
    const latin = samples.filter((sample) => !/[\u0400-\u04ff]/.test(sample));
    expect(latin.length).toBeGreaterThan(100);
    const theirs = latin.map((sample) => {
      const code = franc(sample, { only: ["eng", "rus", "azj"] });
      return code === "und" ? null : code;
    });
    expect(latin.map(latinLanguageOf)).toEqual(theirs);
  });

  it("tell transliterated Azerbaijani from English", () => {
    expect(latinLanguageOf(HARD_CASES[0]!)).toBe("azj");
    expect(latinLanguageOf(HARD_CASES[1]!)).toBe("azj");
    expect(latinLanguageOf(HARD_CASES[2]!)).toBe("eng");
  });

  it("say nothing of a text too short to tell", () => {
    expect(latinLanguageOf("Baku")).toBeNull();
  });

  it("read at most a text's first 2,048 characters, as franc does, and a long text as franc reads it", () => {
    const english = "The minister said exports grew by twelve percent and would grow again next year. ";
    const azerbaijani = "Prezident Ilham Aliyev Sumqayitda yeni zavodun acilisinda istirak edib, nazir bildirib ki ixrac artacaq. ";
    const texts = [english.repeat(30) + azerbaijani.repeat(40), azerbaijani.repeat(25) + english.repeat(60), english.repeat(100), "ab".repeat(3000)];
    expect(texts.map(latinLanguageOf)).toEqual(texts.map((text) => franc(text, { only: ["eng", "rus", "azj"] })));
    expect(latinLanguageOf(texts[0]!)).toBe("eng");
    expect(latinLanguageOf(texts[1]!)).toBe("azj");
  });
});
