import { beforeAll, describe, expect, it } from "vitest";
import type { Corpus, LanguageCode, Section } from "../../src/corpus/types.js";
import { createSearchEngine } from "../../src/search/engine.js";
import { loadLanguage, type Language } from "../../src/search/language.js";
import { createSectionSentences, type SectionSentences } from "../../src/search/section-sentences.js";
import { testArticle } from "./helpers/articles.js";

let language: Language;
beforeAll(() => {
  language = loadLanguage();
});

const bridge: Section = {
  heading: "A new crossing",
  paragraphs: ["The bridge over the Kura opened on Monday. Trucks will use it from next month, the ministry said."],
};
const ferry: Section = { heading: "The old ferry", paragraphs: ["The ferry at Sabirabad will stop running in June."] };

describe("sections' sentences kept by the section", () => {
  it("splits a section once, and gives it back as it was to any later question", () => {
    const sentences = createSectionSentences(10);
    const first = sentences(bridge, "en");
    expect(first.map((s) => s.text)).toEqual(["The bridge over the Kura opened on Monday.", "Trucks will use it from next month, the ministry said."]);
    expect(first[0]!.terms).toContain("bridg");
    expect(sentences(bridge, "en")).toBe(first);
    expect(sentences({ ...bridge }, "en")).not.toBe(first);
  });

  it("keeps at most so many sections, starting afresh when full", () => {
    const sentences = createSectionSentences(1);
    const first = sentences(bridge, "en");
    sentences(ferry, "en");
    expect(sentences(bridge, "en")).not.toBe(first);
    expect(sentences(bridge, "en")).toEqual(first);
  });

  it("are what an engine made after another reads, when the two share them", () => {
    const corpus: Corpus = { articles: [testArticle("kura", "2026-07-20T10:00:00+04:00", [bridge, ferry])], headlines: [] };
    const shared = createSectionSentences(10);
    const given: Array<{ section: Section; sentences: unknown }> = [];
    const watched: SectionSentences = (section: Section, code: LanguageCode) => {
      const sentences = shared(section, code);
      given.push({ section, sentences });
      return sentences;
    };
    const before = createSearchEngine(corpus, { language, sentences: watched }).search("when does the bridge open");
    expect(before[0]).toMatchObject({ section: "A new crossing" });
    const firstEngines = given.splice(0);
    const splitBefore = firstEngines.find((g) => g.section === bridge)?.sentences;
    expect(splitBefore).toBeDefined();
    const after = createSearchEngine(corpus, { language, sentences: watched }).search("when does the bridge open");
    expect(after).toEqual(before);
    // The second engine read the bridge's sentences as the first had split them: the very same ones.
    const read = given.filter((g) => g.section === bridge);
    expect(read.length).toBeGreaterThan(0);
    for (const { sentences } of read) expect(sentences).toBe(splitBefore);
  });
});
