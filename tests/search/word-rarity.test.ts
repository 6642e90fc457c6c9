import { describe, expect, it } from "vitest";
import { loadWordRarity } from "../../src/search/word-rarity.js";
import { createSearchEngine } from "../../src/search/engine.js";
import { loadLanguage } from "../../src/search/language.js";
import { testArticle } from "./helpers/articles.js";

describe("the English word an unlisted word is one typo from", () => {
  const { nearestListed } = loadWordRarity();

  it("is the commonest word a letter dropped, added, changed or swapped away", () => {
    expect(nearestListed("monitering")).toBe("monitoring");
    expect(nearestListed("goverment")).toBe("government");
    expect(nearestListed("recieve")).toBe("receive");
  });

  it("is nothing for a listed word, a word no typo makes English, or one not in plain letters", () => {
    expect(nearestListed("monitoring")).toBeNull();
    expect(nearestListed("qqqqzzzz")).toBeNull();
    expect(nearestListed("Zəngəzur")).toBeNull();
  });
});

describe("a question word mended to English", () => {
  const mission = testArticle("eu-mission", "2023-03-27T10:00:00+04:00", [
    { heading: "Monitors on the border", paragraphs: ["The European Union upgraded its monitoring capacity on the border to a mission in January 2023."] },
    { heading: "Talks in Brussels", paragraphs: ["The ministers met in Brussels in February and agreed to meet again in the spring."] },
  ]);
  const engine = createSearchEngine({ articles: [mission], headlines: [] }, { language: loadLanguage() });

  it("finds what the word meant when its stem hides the typo (moniter- is not monitor-)", () => {
    expect(engine.search("monitering capacity")[0]).toMatchObject({ section: "Monitors on the border" });
    expect(engine.search("monitering")[0]).toMatchObject({ section: "Monitors on the border" });
  });
});
