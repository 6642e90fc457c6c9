import { describe, expect, it } from "vitest";
import { whatWasAsked } from "../../src/answers/what-was-asked.js";

describe("what a question asks, to follow “Our articles don’t …”", () => {
  it("gives the thing a what-question asks for", () => {
    expect(whatWasAsked("What is the population of Baku?")).toEqual({ give: "the population of Baku" });
    expect(whatWasAsked("what's the GDP of Iran")).toEqual({ give: "the GDP of Iran" });
  });

  it("says the clause of a wh-question, moving “is” after its subject", () => {
    expect(whatWasAsked("how long is the Aras river?")).toEqual({ say: "how long the Aras river is" });
    expect(whatWasAsked("Who is Velayati?")).toEqual({ say: "who Velayati is" });
    expect(whatWasAsked("how many people live in Azerbaijan?")).toEqual({ say: "how many people live in Azerbaijan" });
  });

  it("gives up where the verb would need changing, or there is no question word", () => {
    expect(whatWasAsked("when did the war start?")).toBeNull();
    expect(whatWasAsked("how many days did the Mighty Iran drills last?")).toBeNull();
    expect(whatWasAsked("Which country does public opinion in Azerbaijan blame?")).toBeNull();
    expect(whatWasAsked("why is Iran afraid of the corridor?")).toBeNull();
    expect(whatWasAsked("who is leading Iran")).toBeNull();
    expect(whatWasAsked("bitcoin price")).toBeNull();
  });
});
