import { describe, expect, it } from "vitest";
import { canonicalLink, normalizeTitle } from "../../src/store/story-key.js";

describe("story keys", () => {
  it("reads two copies of a title with different quotes, case and punctuation as one", () => {
    expect(normalizeTitle('Iran says ready to join second "3+3" format meeting on South Caucasus')).toBe(
      normalizeTitle("IRAN SAYS READY TO JOIN SECOND «3+3» FORMAT MEETING ON SOUTH CAUCASUS!"),
    );
    expect(normalizeTitle("Iran’s new hijab plan")).toBe(normalizeTitle("Iran's  new hijab plan"));
  });

  it("keeps different titles apart", () => {
    expect(normalizeTitle("Poland to boost ammunition production")).not.toBe(
      normalizeTitle("Poland to cut ammunition production"),
    );
  });

  it("reduces a link to its page: no fragment, tracking parameters, scheme, www or trailing slash", () => {
    const plain = canonicalLink("https://caliber.az/en/post/israeli-embassy?id=5");
    expect(canonicalLink("http://www.Caliber.az/en/post/israeli-embassy/?utm_source=tg&id=5#comments")).toBe(plain);
    expect(canonicalLink("https://caliber.az/en/post/israeli-embassy?id=6")).not.toBe(plain);
    expect(canonicalLink("not a link")).toBeNull();
  });
});
