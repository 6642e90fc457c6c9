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

describe("a typo two letters off", () => {
  const page = testArticle("floods", "2026-04-14T16:25:00+04:00", [
    section("Sirens on solar power", "The 96 sirens stand on poles in village squares. They run on batteries that last 72 hours, since storms bring down power lines."),
    section("A call centre in a rented house", "The scam was run from a call centre in a rented house in Mardakan, police said."),
    section("Teachers trained over the summer", "About 1,400 teachers took courses over the summer in Baku and Ganja."),
  ]);
  const engine = createSearchEngine({ articles: [page], headlines: [] }, { language: loadLanguage() });

  it("is read in a word of seven letters or more once stemmed, which the pages do not use", () => {
    // "baterries" stems to "baterri", two letters from "batteri".
    expect(engine.search("how long do the siren baterries last")[0]).toMatchObject({ match: "answer", section: "Sirens on solar power" });
  });

  it("keeps the word's first two letters: 'summer' is no typo of 'scammer'", () => {
    expect(engine.search("the scammers").map((answer) => answer.section)).not.toContain("Teachers trained over the summer");
  });
});
