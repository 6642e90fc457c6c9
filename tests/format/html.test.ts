import { describe, expect, it } from "vitest";
import { escapeHtml, highlightHtml, MESSAGE_LIMIT, packBlocks, visibleLength } from "../../src/format/html.js";

describe("HTML for Telegram", () => {
  it("escapes a reader's markup so that it shows as text", () => {
    expect(escapeHtml(`<b>hi</b> & <script>"x"</script>`)).toBe(
      "&lt;b&gt;hi&lt;/b&gt; &amp; &lt;script&gt;&quot;x&quot;&lt;/script&gt;",
    );
  });

  it("bolds the matched words and escapes the rest, typographic quotes untouched", () => {
    const text = "Iran’s “Zangezur” fears & <hopes>";
    expect(highlightHtml(text, [[8, 16]])).toBe("Iran’s “<b>Zangezur</b>” fears &amp; &lt;hopes&gt;");
  });

  it("joins neighbouring matched words into one bold span, not across other words or lines", () => {
    const text = "Azerbaijan detained 19 people, then more\npeople";
    const ranges: Array<[number, number]> = [[11, 19], [20, 22], [23, 29], [41, 47]];
    expect(highlightHtml(text, ranges)).toBe("Azerbaijan <b>detained 19 people</b>, then more\n<b>people</b>");
    expect(highlightHtml("Iran and Azerbaijan", [[0, 4], [9, 19]])).toBe("<b>Iran</b> and <b>Azerbaijan</b>");
  });

  it("ignores overlapping or empty ranges rather than nesting tags", () => {
    expect(highlightHtml("abcdef", [[0, 3], [2, 4], [5, 5]])).toBe("<b>abc</b>def");
  });

  it("counts what Telegram counts: text without tags, an entity as one character", () => {
    expect(visibleLength("<b>a&amp;b</b>")).toBe(3);
  });

  it("packs paragraphs into messages under the limit, never splitting a paragraph that fits", () => {
    const paragraph = "word ".repeat(300).trim();
    const messages = packBlocks(Array.from({ length: 10 }, () => paragraph));
    expect(messages.length).toBeGreaterThan(1);
    for (const message of messages) {
      expect(visibleLength(message)).toBeLessThan(MESSAGE_LIMIT);
      for (const block of message.split("\n\n")) expect(block).toBe(paragraph);
    }
  });

  it("cuts a paragraph longer than a message between sentences, and never inside an entity", () => {
    const sentence = "Tom &amp; Jerry met again. ";
    const messages = packBlocks([sentence.repeat(400).trim()]);
    expect(messages.length).toBeGreaterThan(1);
    for (const message of messages) {
      expect(visibleLength(message)).toBeLessThan(MESSAGE_LIMIT);
      expect(message).toMatch(/^Tom &amp; Jerry/);
      expect(message).toMatch(/again\.$/);
      expect(message).not.toMatch(/&(?!amp;)/);
    }
  });
});
