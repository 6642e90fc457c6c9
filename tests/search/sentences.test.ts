import { describe, expect, it } from "vitest";
import { splitSentences } from "../../src/search/sentences.js";

describe("splitting a paragraph into sentences", () => {
  it("keeps an abbreviated month and its day in one sentence", () => {
    expect(
      splitSentences(
        "In an interview aired on state TV on Nov. 4, members of Iran’s parliament raised doubts about the borders. Iranian state media also amplified disinformation.",
      ),
    ).toEqual([
      "In an interview aired on state TV on Nov. 4, members of Iran’s parliament raised doubts about the borders.",
      "Iranian state media also amplified disinformation.",
    ]);
  });

  it("keeps U.S. inside its sentence", () => {
    expect(splitSentences("The U.S. Treasury imposed new sanctions on Iranian drone makers. Tehran called the move illegal.")).toEqual([
      "The U.S. Treasury imposed new sanctions on Iranian drone makers.",
      "Tehran called the move illegal.",
    ]);
  });

  it("ends a sentence after its closing quote, keeping the quote", () => {
    expect(
      splitSentences(
        "Washington warned that the relationship “poses a threat not just to Ukraine, but to Iran’s neighbours in the region.” Both Russia and Iran are worried.",
      ),
    ).toEqual([
      "Washington warned that the relationship “poses a threat not just to Ukraine, but to Iran’s neighbours in the region.”",
      "Both Russia and Iran are worried.",
    ]);
  });

  it("does not split inside a name like Caliber.Az, and splits on ? and !", () => {
    expect(splitSentences("Experts published an article headlined “From the streets to the border”. Caliber.Az reprints it. Was it enough? “No,” he said!")).toEqual([
      "Experts published an article headlined “From the streets to the border”.",
      "Caliber.Az reprints it.",
      "Was it enough?",
      "“No,” he said!",
    ]);
  });
});
