import { beforeAll, describe, expect, it } from "vitest";
import { loadLanguage, type Language } from "../../src/search/language.js";

let language: Language;
beforeAll(() => {
  language = loadLanguage();
});

describe("parts of speech", () => {
  it("detach a word's ending only as its part of speech does", () => {
    expect([...language.partsOfSpeech("soldiers")]).toContain("noun");
    // "cross" is a noun too, but "crossed" is only a verb's form.
    expect([...language.partsOfSpeech("crossed")]).toContain("verb");
    expect([...language.partsOfSpeech("crossed")]).not.toContain("noun");
    expect([...language.partsOfSpeech("suspected")]).toContain("adj");
    expect(language.partsOfSpeech("took").size).toBe(0);
  });
});

describe("kinds of things", () => {
  it("a noun is a kind of another when WordNet's hypernyms lead from one to the other", () => {
    expect(language.kindOf("spies", "individuals")).toBe(true);
    expect(language.kindOf("individuals", "spies")).toBe(false);
    expect(language.kindOf("Yemen", "country")).toBe(true);
    expect(language.kindOf("soldiers", "countries")).toBe(false);
  });

  it("reads an irregular plural under its singular, as WordNet's morphy does", () => {
    expect(language.kindOf("kids", "children")).toBe(true);
    expect(language.kindOf("residents", "people")).toBe(true);
  });

  it("tells nothing of a word WordNet lacks as a noun", () => {
    expect(language.kindOf("soldiers", "took")).toBeNull();
    expect(language.kindOf("soldiers", "quinutiar")).toBeNull();
  });
});

describe("two kinds of one thing", () => {
  it("are nouns under one broader term, one step above one of them and at most two above the other", () => {
    expect(language.siblingOf("dollar", "manat")).toBe(true);
    expect(language.siblingOf("Baku", "Istanbul")).toBe(true);
    expect(language.siblingOf("river", "lake")).toBe(true);
  });

  it("are not the same thing, nor things that share only a far broader term, nor a word WordNet lacks", () => {
    expect(language.siblingOf("kids", "children")).toBe(false);
    expect(language.siblingOf("dollar", "dollars")).toBe(false);
    // Both are units of measurement, two steps up from each.
    expect(language.siblingOf("dollar", "metre")).toBe(false);
    expect(language.siblingOf("dollar", "qwzx")).toBe(false);
  });
});

describe("definitions", () => {
  it("give the gloss of a word's commonest sense in each part of speech, without WordNet's quoted examples", () => {
    expect(language.definitions("consequences")).toEqual(["a phenomenon that follows and is caused by some previous phenomenon"]);
    expect(language.definitions("embargo")).toEqual(["a government order imposing a trade barrier", "ban the publication of (documents), as for security or copyright reasons"]);
  });

  it("give nothing for an interjection or a word of two letters", () => {
    expect(language.definitions("hi")).toEqual([]);
    expect(language.definitions("us")).toEqual([]);
  });
});
