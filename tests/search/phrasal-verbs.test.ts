import { beforeAll, describe, expect, it } from "vitest";
import { createPhrasalVerbs } from "../../src/search/phrasal-verbs.js";
import { createSearchEngine } from "../../src/search/engine.js";
import { loadLanguage, type Language } from "../../src/search/language.js";
import { testArticle } from "./helpers/articles.js";

let language: Language;
beforeAll(() => {
  language = loadLanguage();
});

describe("a phrasal verb of the question", () => {
  it("stands for WordNet's synonyms of the verb of two words, for both of its words", () => {
    const phrasal = createPhrasalVerbs(language);
    expect(Object.fromEntries(phrasal("how many gazelles were let go on the mil steppe"))).toEqual({ let: ["release", "relinquish"], go: ["release", "relinquish"] });
    expect(phrasal("Who could get dragged in if fighting breaks out?").get("breaks")).toEqual(["erupt"]);
  });

  it("is read in any form of its verb, irregular ones included", () => {
    const phrasal = createPhrasalVerbs(language);
    expect(phrasal("what went wrong at the tunnel").get("went")).toEqual(["fail", "miscarry"]);
    expect(phrasal("who handed over their cards").get("handed")).toEqual(["deliver", "render"]);
    // A verb of two letters, which WordNet's detachments leave out.
    expect(phrasal("what could go wrong at the port").get("go")).toEqual(["fail", "miscarry"]);
  });

  it("is none where two words make no such verb", () => {
    const phrasal = createPhrasalVerbs(language);
    expect([...phrasal("What is the Zangezur corridor?")]).toEqual([]);
    expect([...phrasal("Why did Azerbaijan detain 19 people?")]).toEqual([]);
  });

  it("finds the page's one word for it", () => {
    // "go" stands once in another page, so it weighs more than the herd's own words: read alone, it sinks the lead.
    const herd = testArticle("herd", "2026-05-06T12:15:00+04:00", [
      { heading: null, paragraphs: ["A herd of 120 goitered gazelles was released on the Mil steppe on Tuesday, the ministry said."] },
      { heading: "Why the steppe emptied", paragraphs: ["Gazelles vanished from the steppe in the 1940s, when they were hunted for meat."] },
      { heading: "Shepherds and farmers", paragraphs: ["Farmers near the steppe fear that the gazelles will graze their fields."] },
    ]);
    const opera = testArticle("opera", "2026-09-26T10:20:00+04:00", [{ heading: null, paragraphs: ["Tickets for the new season go on sale on Monday."] }]);
    const engine = createSearchEngine({ articles: [herd, opera], headlines: [] }, { language });
    expect(engine.search("how many gazelles were let go on the mil steppe")[0]).toMatchObject({ match: "answer", section: null, articleId: "herd" });
  });
});
