import { describe, expect, it } from "vitest";
import { createSearchEngine } from "../../src/search/engine.js";
import { loadLanguage } from "../../src/search/language.js";
import { testArticle } from "./helpers/articles.js";

const section = (heading: string, ...paragraphs: string[]) => ({ heading, paragraphs });

/** A museum page: most sections name the museum; the one with the opening hours does not. */
const museum = testArticle("shusha-museum", "2026-10-23T13:25:00+04:00", [
  section("A museum in a merchant's house", "The museum opened on Friday in a restored house. The museum has three floors, and the museum shop is on the ground floor."),
  section("The collection", "The museum shows 640 carpets. Most of the museum's carpets were woven in the town itself or in the villages around it."),
  section("Weavers at work", "Visitors to the museum can watch twelve weavers at three looms on the ground floor of the museum."),
  section("Tickets and opening hours", "The halls open at ten in the morning and close at six in the evening, from Tuesday to Sunday. A ticket costs ten manats."),
  section("The road to the town", "Buses from the capital take six hours. The museum is a short walk from the bus station, and a taxi takes a few minutes."),
]);

describe("a typo's weight", () => {
  const engine = createSearchEngine({ articles: [museum], headlines: [] }, { language: loadLanguage() });

  it("is no more than the word it stands for: a passage without it is judged as for the word spelled right", () => {
    const [spelled] = engine.search("museum opening hours");
    const [typo] = engine.search("musuem opening hours");
    expect(spelled?.section).toBe("Tickets and opening hours");
    expect(typo?.section).toBe("Tickets and opening hours");
    // As a word English never writes, "musuem" weighed as a rare name: the passage lost a third of its score (0.74 → 0.51).
    expect(typo!.score).toBeGreaterThan(spelled!.score * 0.9);
  });
});
