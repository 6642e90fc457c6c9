import { describe, expect, it } from "vitest";
import { settleList, type Candidate } from "../../src/search/answer-list.js";
import type { Answer } from "../../src/search/types.js";

const candidate = (kind: Answer["kind"], title: string, score: number, coverage = 1, held = 0b11): Candidate => ({
  answer: {
    kind,
    match: "answer",
    asked: null,
    subject: null,
    article: title,
    articleId: kind === "section" ? title : null,
    section: kind === "section" ? title : null,
    sectionIndex: kind === "section" ? 1 : null,
    headline: title,
    headlineId: kind === "headline" ? title : null,
    excerpt: title,
    score,
    publishedAt: "2023-03-01T10:00:00+04:00",
    url: null,
    highlights: [],
    language: "en",
    questionLanguage: "en",
  },
  textKey: title,
  askedByName: false,
  coverage,
  held,
});

describe("a section before the headline it explains", () => {
  it("comes first when it answers as fully and nearly as well", () => {
    const list = settleList([candidate("headline", "Corridor opens", 0.9), candidate("section", "Why Tehran objects", 0.8)], 0.75, 0.7);
    expect(list.map((a) => a.kind)).toEqual(["section", "headline"]);
  });

  it("does not when it lacks a question word the headline holds: it tells another story", () => {
    const list = settleList([candidate("headline", "FM meets US Assistant Secretary", 0.9, 0.6, 0b110), candidate("section", "Around the region", 0.8, 0.7, 0b011)], 0.75, 0.7);
    expect(list[0]).toMatchObject({ kind: "headline" });
  });

  it("does not when it scores far below the headline: its words stand scattered, it explains nothing", () => {
    const list = settleList([candidate("headline", "Israeli embassy resumes work", 0.9), candidate("section", "Around the region", 0.4)], 0.75, 0.7);
    expect(list[0]).toMatchObject({ kind: "headline", headline: "Israeli embassy resumes work" });
  });
});

describe("an answer below related coverage", () => {
  const related = (title: string, score: number, coverage: number): Candidate => {
    const c = candidate("section", title, score, coverage);
    return { ...c, answer: { ...c.answer, match: "related" } };
  };

  it("takes the first place when it scores near the coverage and holds as much of the question", () => {
    const list = settleList([related("Doctors from Baku", 0.68, 0.85), candidate("section", "Pay and bonuses", 0.6, 0.85)], 0.75, 0.7);
    expect(list[0]).toMatchObject({ section: "Pay and bonuses", match: "answer" });
  });

  it("does not when the coverage holds most of the question and the answer less: it gives something else", () => {
    const list = settleList([related("Doctors from Baku", 0.68, 1), candidate("section", "Free treatment", 0.61, 0.85)], 0.75, 0.7);
    expect(list[0]).toMatchObject({ section: "Doctors from Baku", match: "related" });
  });

  it("does when the coverage itself holds only part of the question", () => {
    const list = settleList([related("Externalization", 0.53, 0.6), candidate("section", "Mounting tensions", 0.46, 0.52)], 0.75, 0.7);
    expect(list[0]).toMatchObject({ section: "Mounting tensions", match: "answer" });
  });
});
