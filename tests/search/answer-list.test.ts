import { describe, expect, it } from "vitest";
import { settleList, type Candidate } from "../../src/search/answer-list.js";
import type { Answer } from "../../src/search/types.js";

const candidate = (kind: Answer["kind"], title: string, score: number, coverage = 1): Candidate => ({
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
});

describe("a section before the headline it explains", () => {
  it("comes first when it answers as fully and nearly as well", () => {
    const list = settleList([candidate("headline", "Corridor opens", 0.9), candidate("section", "Why Tehran objects", 0.8)], 0.75);
    expect(list.map((a) => a.kind)).toEqual(["section", "headline"]);
  });

  it("does not when it scores far below the headline: its words stand scattered, it explains nothing", () => {
    const list = settleList([candidate("headline", "Israeli embassy resumes work", 0.9), candidate("section", "Around the region", 0.4)], 0.75);
    expect(list[0]).toMatchObject({ kind: "headline", headline: "Israeli embassy resumes work" });
  });
});
