import { describe, expect, it } from "vitest";
import { createTermFolder } from "../../src/search/tokenize.js";

describe("spelling folds", () => {
  const fold = createTermFolder("en");

  it("gives British and American spellings one term", () => {
    expect(fold("defence")).toBe(fold("defense"));
    expect(fold("licences")).toBe(fold("licenses"));
    expect(fold("organised")).toBe(fold("organized"));
    expect(fold("colour")).toBe(fold("color"));
    expect(fold("centre")).toBe(fold("center"));
  });

  it("leaves a word's -ence to the stemmer, so a typo of -ance meets the word", () => {
    expect(fold("resistence")).toBe(fold("resistance"));
    expect(fold("existence")).toBe(fold("exist"));
  });
});
