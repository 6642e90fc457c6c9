import { describe, expect, it } from "vitest";
import { maskUrl, maskUrlsIn } from "../../src/log/mask-urls.js";

describe("URL masking", () => {
  it("masks the user part and every query value, keeping the host, path and parameter names", () => {
    expect(maskUrl("http://user:pw@news.example.com/rss?key=K&lang=en#top")).toBe("http://***@news.example.com/rss?key=***&lang=***#top");
    expect(maskUrl("https://token@news.example.com/feed")).toBe("https://***@news.example.com/feed");
  });

  it("leaves a URL with no user part or query value as it is, an @ in its path included", () => {
    for (const url of ["https://news.example.com/rss.xml", "https://news.example.com/@editor/feed", "https://news.example.com/rss?flag"])
      expect(maskUrl(url)).toBe(url);
  });

  it("masks every URL inside a text, however broken, and only them", () => {
    const text = 'fetch failed for http://editor:s3cret@news.example.com/rss?key=K3Y then "https://x.example/a?token=T0K&b=1"; a=b stays';
    expect(maskUrlsIn(text)).toBe('fetch failed for http://***@news.example.com/rss?key=*** then "https://x.example/a?token=***&b=***"; a=b stays');
    expect(maskUrlsIn("see http://editor:p@ss@news.example.com/rss")).toBe("see http://***@news.example.com/rss");
  });
});
