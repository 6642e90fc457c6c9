import { describe, expect, it } from "vitest";
import { createSearchEngine } from "../../src/search/engine.js";
import { loadLanguage } from "../../src/search/language.js";
import { testArticle } from "./helpers/articles.js";

const section = (heading: string, ...paragraphs: string[]) => ({ heading, paragraphs });

/** Two sections that both give a length beside the question's words; one heading names what is asked about. */
const border = testArticle("border-protocol", "2026-01-10T20:07:00+04:00", [
  section(
    "What the protocol covers",
    "The new document covers a stretch of about 41 kilometres running south from the point where the Gazakh–Tavush section ended. It runs through forest and pasture.",
  ),
  section(
    "Lessons from the Gazakh–Tavush section",
    "In 2024 the commissions agreed on a 12.7-kilometre section, under which four villages of the Gazakh district were returned. The work took three months.",
  ),
  section("Reaction in Berd", "Several hundred people gathered in Berd on Saturday to protest against the protocol, and the police kept the road open."),
]);

describe("a section's heading that names every word the question asks about", () => {
  const engine = createSearchEngine({ articles: [border], headlines: [] }, { language: loadLanguage() });

  it("leads to the answer, as a headline's title asked for by name does", () => {
    expect(engine.search("how long was the gazakh tavush section")[0]).toMatchObject({ section: "Lessons from the Gazakh–Tavush section" });
  });
});
