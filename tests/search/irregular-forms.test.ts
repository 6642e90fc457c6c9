import { describe, expect, it } from "vitest";
import { createSearchEngine } from "../../src/search/engine.js";
import { loadIrregularForms } from "../../src/search/irregular-forms.js";
import { loadLanguage } from "../../src/search/language.js";
import { testArticle } from "./helpers/articles.js";

describe("a verb's irregular forms", () => {
  const formsOf = loadIrregularForms();

  it("are the lemma's other forms, from any of them", () => {
    expect(formsOf("sang")).toEqual(expect.arrayContaining(["sing", "sung"]));
    expect(formsOf("Sing")).toEqual(expect.arrayContaining(["sang", "sung"]));
    expect(formsOf("steal")).toEqual(expect.arrayContaining(["stole", "stolen"]));
    expect(formsOf("sang")).not.toContain("sang");
  });

  it("are none for a verb the stemmer already joins, or a word that is no verb", () => {
    expect(formsOf("open")).toEqual([]);
    expect(formsOf("corridor")).toEqual([]);
  });
});

describe("a question in one form of a verb, a page in another", () => {
  const opera = testArticle("opera", "2026-09-26T10:20:00+04:00", [
    { heading: "The arias", paragraphs: ["At the gala, the arias were sung by tenor Elchin Aghazade."] },
    { heading: "The speeches", paragraphs: ["The gala was opened by director Leman Hasanova."] },
    { heading: "Tickets", paragraphs: ["Tickets cost from 8 to 60 manats, and students pay half."] },
  ]);
  const engine = createSearchEngine({ articles: [opera], headlines: [] }, { language: loadLanguage() });

  it("finds the passage and answers from it", () => {
    expect(engine.search("who sang at the gala")[0]).toMatchObject({ section: "The arias", match: "answer" });
  });
});
