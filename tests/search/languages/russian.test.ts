import { describe, expect, it } from "vitest";
import { foldRussian, isRussianStopword } from "../../../src/search/languages/russian.js";
import { createTermFolder } from "../../../src/search/tokenize.js";

describe("Russian words", () => {
  it("are stemmed by Snowball, so a word's cases are one term", () => {
    expect(["коридор", "коридора", "коридором", "коридоре"].map(foldRussian)).toEqual(["коридор", "коридор", "коридор", "коридор"]);
    expect(foldRussian("переговорах")).toBe(foldRussian("переговоры"));
    expect(foldRussian("Зангезурского")).toBe(foldRussian("зангезурский"));
  });

  it("fold ё to е, as most Russian print writes it", () => {
    expect(foldRussian("ещё")).toBe(foldRussian("еще"));
    expect(foldRussian("Пётр")).toBe(foldRussian("Петр"));
  });

  it("drop function words and the words a question is wrapped in, but keep content words", () => {
    for (const word of ["и", "в", "что", "почему", "Когда", "расскажи", "новости"]) expect(isRussianStopword(word), word).toBe(true);
    for (const word of ["война", "против", "коридор", "время"]) expect(isRussianStopword(word), word).toBe(false);
    expect(foldRussian("почему")).toBe("");
  });

  it("are read as Russian on a page of any language: Cyrillic is Russian here", () => {
    expect(createTermFolder("en")("коридора")).toBe("коридор");
    expect(createTermFolder("az")("коридора")).toBe("коридор");
  });
});
