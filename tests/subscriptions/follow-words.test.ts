import { describe, expect, it } from "vitest";
import { FOLLOW_WORD_RULES, judgeFollowWords } from "../../src/subscriptions/follow-words.js";

const corpus = (words: Array<[string, number | null]>, passages = 200) => ({
  passages,
  words: words.map(([word, share]) => ({ word, share })),
});

describe("whether a follow's words can tell its story apart", () => {
  it("refuses words that are all stopwords, naming them", () => {
    expect(judgeFollowWords(corpus([["the", null]]))).toEqual({ kind: "stopwords", words: ["the"] });
    expect(judgeFollowWords(corpus([["of", null], ["the", null]]))).toEqual({ kind: "stopwords", words: ["of", "the"] });
  });

  it("refuses words found in most of the corpus, naming the content words", () => {
    expect(judgeFollowWords(corpus([["the", null], ["Azerbaijan", 0.8]]))).toEqual({ kind: "common", words: ["Azerbaijan"] });
    expect(judgeFollowWords(corpus([["Baku", 0.6], ["Azerbaijan", 0.8]]))).toEqual({ kind: "common", words: ["Baku", "Azerbaijan"] });
  });

  it("takes a follow with one word that is neither, and any word of a corpus too small to judge", () => {
    expect(judgeFollowWords(corpus([["Azerbaijan", 0.8], ["corridor", 0.02]]))).toEqual({ kind: "ok" });
    expect(judgeFollowWords(corpus([["the", null], ["corridor", FOLLOW_WORD_RULES.maxShare]]))).toEqual({ kind: "ok" });
    expect(judgeFollowWords(corpus([["Azerbaijan", 1]], FOLLOW_WORD_RULES.minPassages - 1))).toEqual({ kind: "ok" });
    expect(judgeFollowWords(corpus([["Bitcoin", 0]]))).toEqual({ kind: "ok" });
  });
});
