import { describe, expect, it } from "vitest";
import { webLink } from "../../src/format/web-link.js";

describe("web links", () => {
  it("keeps http and https links, absolute", () => {
    expect(webLink("https://example.com/a b")).toBe("https://example.com/a%20b");
    expect(webLink(" http://example.com ")).toBe("http://example.com/");
    expect(webLink("/story/1", "https://example.com/feed.xml")).toBe("https://example.com/story/1");
  });

  it("refuses anything a reader should not be sent to, or Telegram would refuse", () => {
    for (const href of ["javascript:alert(1)", "data:text/html,x", "ftp://example.com", "tg://resolve", "not a url", "", null, undefined])
      expect(webLink(href)).toBeNull();
  });
});
