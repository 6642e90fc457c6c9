import { describe, expect, it } from "vitest";
import { isAzerbaijaniStopword, stemAzerbaijani } from "../../../src/search/languages/azerbaijani.js";
import { createTermFolder } from "../../../src/search/tokenize.js";

describe("Azerbaijani words", () => {
  it("lose their endings: case, possession, the plural and the copula", () => {
    expect(stemAzerbaijani("dəhlizinə")).toBe("dəhliz");
    expect(stemAzerbaijani("İranın")).toBe("iran");
    expect(stemAzerbaijani("qarşıdır")).toBe("qarşı");
    expect(stemAzerbaijani("danışıqların")).toBe("danışıq");
    expect(stemAzerbaijani("Ermənistanla")).toBe("ermənistan");
    expect(stemAzerbaijani("ərazisində")).toBe("ərazi");
    expect(stemAzerbaijani("layihəsi")).toBe("layihə");
    expect(stemAzerbaijani("Bakıda")).toBe("bakı");
    expect(stemAzerbaijani("İran'ın")).toBe("iran");
  });

  it("keep a short stem whole: the endings need a stem of three letters with a vowel", () => {
    expect(stemAzerbaijani("yolunun")).toBe("yol");
    expect(stemAzerbaijani("onda")).toBe("onda");
    expect(stemAzerbaijani("Zəngəzur")).toBe("zəngəzur");
  });

  it("lower-case by Azerbaijani rules: dotted İ is i, dotless I is ı", () => {
    expect(stemAzerbaijani("İRAN")).toBe("iran");
    expect(stemAzerbaijani("IŞIQ")).toBe("ışıq");
  });

  it("drop the grammar's function words, in any case", () => {
    for (const word of ["və", "niyə", "Nə", "haqqında", "üçün", "İlə"]) expect(isAzerbaijaniStopword(word), word).toBe(true);
    for (const word of ["dəhliz", "qarşı", "sərhəd"]) expect(isAzerbaijaniStopword(word), word).toBe(false);
  });

  it("on an Azerbaijani page are stemmed, then folded as English spells the letters", () => {
    const fold = createTermFolder("az");
    expect(fold("dəhlizinə")).toBe("dahliz");
    expect(fold("Şuşada")).toBe("shusha");
    expect(fold("Gümüşlü")).toBe("gumushlu");
    expect(fold("Göygöl")).toBe("goygol");
    expect(fold("və")).toBe("");
  });

  it("fold the same way in an English text, so Zəngəzur and Şuşa stand for their English spellings' letters", () => {
    const fold = createTermFolder("en");
    expect(fold("Şuşa")).toBe(fold("Shusha"));
    expect(fold("İlham")).toBe(fold("Ilham"));
    expect(fold("Gümüş")).toBe(fold("Gumush"));
    expect(fold("Köçərli")).toBe(fold("Kocharli"));
  });
});
