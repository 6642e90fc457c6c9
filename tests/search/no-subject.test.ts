import { describe, expect, it } from "vitest";
import { createSearchEngine } from "../../src/search/engine.js";
import { loadLanguage } from "../../src/search/language.js";
import { testArticle } from "./helpers/articles.js";

const harvest = testArticle("hazelnut-harvest", "2026-09-17T14:05:00+04:00", [
  { heading: "Record prices", paragraphs: ["Export prices rose 15 percent in August, and 80 exporters bought nuts from the farmers of Zagatala."] },
  { heading: "Compensation", paragraphs: ["The government will pay 250 manats per hectare to farmers who lost more than half their crop."] },
]);

describe("a question of numbers and units alone", () => {
  const engine = createSearchEngine({ articles: [harvest], headlines: [] }, { language: loadLanguage() });

  it("gets no answer, though a passage holds its very figures", () => {
    expect(engine.search("what's 15 percent of 80")).toEqual([]);
    expect(engine.search("15 percent of 80")).toEqual([]);
  });

  it("leaves a question that also names a subject to be answered", () => {
    expect(engine.search("how much did export prices rise in percent")[0]).toMatchObject({ section: "Record prices" });
  });
});
