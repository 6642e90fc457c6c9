import { describe, expect, it } from "vitest";
import { TEXTS } from "../../support/texts.js";
import { relatedIntro } from "../../../src/bot/format/related.js";
import type { Answer } from "../../../src/search/types.js";

const related: Answer = {
  kind: "section",
  article: "Iran’s growing paranoia toward Azerbaijan",
  articleId: "a1",
  section: "Mounting tensions",
  sectionIndex: 1,
  headline: "Iran’s growing paranoia toward Azerbaijan",
  headlineId: null,
  excerpt: "The corridor would link Azerbaijan to Nakhchivan.",
  score: 0.5,
  publishedAt: null,
  url: null,
  language: "en",
  questionLanguage: "en",
  highlights: [],
  match: "related",
  asked: "date",
  subject: "corridor",
};

describe("the line before related coverage", () => {
  it("names the kind of thing asked for when the question cannot be turned around", () => {
    expect(relatedIntro("when will the corridor open?", related, TEXTS)).toBe(
      "Our articles don’t give the date you asked for. This is what we have on corridor:",
    );
  });

  it("quotes the question, escaped, when it asks nothing the search could name", () => {
    expect(relatedIntro("corridor <opening> & tolls", { ...related, asked: null }, TEXTS)).toBe(
      "Our articles don’t answer “corridor &lt;opening&gt; &amp; tolls”. This is what we have on corridor:",
    );
  });

  it("offers the closest passage when the search names no subject", () => {
    expect(relatedIntro("how many people live in Azerbaijan?", { ...related, asked: "amount", subject: null }, TEXTS)).toBe(
      "Our articles don’t say how many people live in Azerbaijan. This is the closest we have:",
    );
  });
});
