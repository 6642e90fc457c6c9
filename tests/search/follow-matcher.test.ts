import { beforeAll, describe, expect, it } from "vitest";
import { createFollowMatcher, type FollowMatcher } from "../../src/search/follow-matcher.js";
import { loadLanguage } from "../../src/search/language.js";

let matches: FollowMatcher;
beforeAll(() => {
  matches = createFollowMatcher(loadLanguage());
});

describe("following a story", () => {
  it("matches a new headline of the story, even when the reader typed the story with typos", () => {
    expect(matches("zangezor coridor", "Baku and Yerevan resume talks on the Zangezur corridor")).toBe(true);
    expect(matches("huseyniun", "Azerbaijan bans the Huseyniyun movement")).toBe(true);
    expect(matches("Nashville shooting", "Three children, gunman confirmed dead in Nashville school shooting")).toBe(true);
  });

  it("matches a headline that misspells the story, the follow spelled right", () => {
    expect(matches("Zangezur corridor", "Armenia rejects the Zangezur coridor plan")).toBe(true);
  });

  it("does not match an unrelated headline", () => {
    expect(matches("zangezur corridor", "New Tesla Roadster: price, performance and specs")).toBe(false);
    expect(matches("Zangezur corridor", "Azerbaijan and Georgia agree to speed up Black Sea power cable")).toBe(false);
    expect(matches("Huseyniyun movement", "Japan battles to persuade big brands to help with military expansion")).toBe(false);
  });

  it("takes the reader's words as words, not as a pattern", () => {
    expect(matches(".*", "Israeli embassy in Azerbaijan resumes work")).toBe(false);
    expect(matches("(((", "Israeli embassy in Azerbaijan resumes work")).toBe(false);
  });
});
