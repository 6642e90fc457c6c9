import { describe, expect, it } from "vitest";
import { createArticleSubjects } from "../../src/search/article-subjects.js";
import { createFolders, tokenize } from "../../src/search/tokenize.js";
import type { LanguageCode } from "../../src/corpus/types.js";
import { testArticle } from "./helpers/articles.js";

const foldFor = createFolders();
const termsOf = (text: string, language: LanguageCode) => new Set(tokenize(text, foldFor(language)).map(({ term }) => term));

describe("an article's subject", () => {
  const article = testArticle("kura", "2026-07-27T09:15:00+04:00", [
    { heading: null, paragraphs: ["The Kura has fallen to its lowest level since 1912."] },
    { heading: "Salt water at the mouth", paragraphs: ["Salt water from the Caspian has pushed 40 kilometres up the Kura."] },
    { heading: "Irrigation by timetable", paragraphs: ["Farmers may run their pumps only at night."] },
    { heading: "Aid for farmers", paragraphs: ["The Cabinet has allocated 48 million manats to farmers near Neftchala."] },
  ]);

  it("is the terms that stand in at least half of its sections, heading or text", () => {
    const subject = createArticleSubjects([article], termsOf, 10)(0);
    expect(subject.has("kura")).toBe(true);
    expect(subject.has(foldFor("en")("farmers"))).toBe(true);
    expect(subject.has("neftchala")).toBe(false);
    expect(subject.has("caspian")).toBe(false);
  });

  it("is read once per article, and again after the kept ones are let go", () => {
    let reads = 0;
    const counting = (text: string, language: LanguageCode) => (reads++, termsOf(text, language));
    const subjectOf = createArticleSubjects([article, { ...article, id: "other" }], counting, 1);
    subjectOf(0);
    subjectOf(0);
    expect(reads).toBe(4);
    subjectOf(1);
    subjectOf(0);
    expect(reads).toBe(12);
  });
});
