import { beforeAll, describe, expect, it } from "vitest";
import { createBatchFollowMatcher } from "../../src/search/batch-follow-matcher.js";
import { runAtOnce } from "../../src/search/build-steps.js";
import { createFollowMatcher, type FollowMatcher } from "../../src/search/follow-matcher.js";
import { loadLanguage, type Language } from "../../src/search/language.js";

let language: Language;
let rule: FollowMatcher;
beforeAll(() => {
  language = loadLanguage();
  rule = createFollowMatcher(language);
});

const HEADLINES = [
  "Baku and Yerevan resume talks on the Zangezur corridor",
  "Armenia rejects the Zangezur coridor plan",
  "Azerbaijan bans the Huseyniyun movement",
  "Three children, gunman confirmed dead in Nashville school shooting",
  "Iranian officials meet the Azerbaijani envoy",
  "New Tesla Roadster: price, performance and specs",
  "Azerbaijan and Georgia agree to speed up Black Sea power cable",
  "Kids return to school in Nashville",
  "Spies arrested near the border",
];
const QUERIES = ["zangezor coridor", "Zangezur corridor", "huseyniun", "Nashville shooting", "Iran", "official", "children", "intelligence agents", ".*", "(((", "Зангезурский коридор", "Zəngəzur dəhlizi"];

describe("matching follows against a batch of new items", () => {
  it("gives exactly the one-pair rule's answers, pair by pair", () => {
    const found = runAtOnce(createBatchFollowMatcher(language, rule)(HEADLINES, QUERIES));
    const expected = new Map<string, Set<string>>();
    for (const text of HEADLINES) {
      const matched = new Set(QUERIES.filter((query) => rule(query, text)));
      if (matched.size > 0) expected.set(text, matched);
    }
    expect(found).toEqual(expected);
    expect(found.get(HEADLINES[1]!)).toEqual(new Set(["zangezor coridor", "Zangezur corridor", "Зангезурский коридор", "Zəngəzur dəhlizi"]));
  });

  it("checks with the rule only the items that hold a word of the query or a stand-in for one", () => {
    const texts = Array.from({ length: 2_000 }, (_, i) => (i % 500 === 0 ? `Officials of region ${i} meet` : `Cotton and grain prices, report ${i}`));
    const checked: string[] = [];
    const counting: FollowMatcher = (query, text) => {
      checked.push(text);
      return rule(query, text);
    };
    const found = runAtOnce(createBatchFollowMatcher(language, counting)(texts, ["officials"]));
    expect([...found.keys()]).toEqual([0, 500, 1000, 1500].map((i) => `Officials of region ${i} meet`));
    expect(checked).toHaveLength(4);
  });

  it("works in steps: a large batch pauses between them", () => {
    const texts = Array.from({ length: 1_000 }, (_, i) => `Officials of district ${i} sign the agreement`);
    const steps = createBatchFollowMatcher(language, rule)(texts, ["officials"]);
    let pauses = 0;
    let step = steps.next();
    for (; !step.done; step = steps.next()) pauses++;
    expect(step.value.size).toBe(texts.length);
    // The index alone pauses every 500 items; the checks pause every few milliseconds.
    expect(pauses).toBeGreaterThanOrEqual(texts.length / 500);
  });
});
