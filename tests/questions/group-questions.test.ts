import { describe, expect, it } from "vitest";
import { groupBySimilarWording } from "../../src/questions/group-questions.js";

const group = (texts: string[]) => groupBySimilarWording(texts, (text) => text).map((g) => g.members);

describe("grouping unanswered questions by wording", () => {
  it("puts the same request in other words, cases, endings and stopwords in one group, the largest first", () => {
    expect(
      group([
        "Who won the football match?",
        "What is the population of Baku?",
        "baku's population",
        "POPULATION OF BAKU",
        "current population of Baku",
      ]),
    ).toEqual([
      ["What is the population of Baku?", "baku's population", "POPULATION OF BAKU", "current population of Baku"],
      ["Who won the football match?"],
    ]);
  });

  it("keeps apart questions that share one content word of several", () => {
    expect(group(["population of Baku", "Baku metro opening hours", "weather in Baku tomorrow"])).toHaveLength(3);
  });

  it("names each group by its first question's content-word stems", () => {
    const [first] = groupBySimilarWording(["Why are the talks delayed?"], (text) => text);
    // The search's own stems (Porter's: "delayed" is "delai"), sorted.
    expect(first?.terms).toEqual(["delai", "talk"]);
  });
});
