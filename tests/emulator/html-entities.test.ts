import { describe, expect, it } from "vitest";
import { HtmlParseError, parseTelegramHtml } from "../../src/emulator/html-entities.js";

const reason = (html: string): string => {
  try {
    parseTelegramHtml(html);
  } catch (error) {
    if (error instanceof HtmlParseError) return error.reason;
    throw error;
  }
  throw new Error(`parsed without error: ${html}`);
};

describe("parseTelegramHtml", () => {
  it("turns the supported tags into entities over the visible text", () => {
    expect(
      parseTelegramHtml(
        "<b>Flood</b> <i>warning</i> <u>now</u> <s>old</s> <tg-spoiler>x</tg-spoiler> " +
          '<a href="https://e.com/a?b=1&amp;c=2">read</a>',
      ),
    ).toEqual({
      text: "Flood warning now old x read",
      entities: [
        { type: "bold", offset: 0, length: 5 },
        { type: "italic", offset: 6, length: 7 },
        { type: "underline", offset: 14, length: 3 },
        { type: "strikethrough", offset: 18, length: 3 },
        { type: "spoiler", offset: 22, length: 1 },
        { type: "text_link", offset: 24, length: 4, url: "https://e.com/a?b=1&c=2" },
      ],
    });
  });

  it("accepts the synonyms, spoiler spans, code, pre with a language, and quotes", () => {
    const parsed = parseTelegramHtml(
      '<strong>a</strong><em>b</em><ins>c</ins><del>d</del><strike>e</strike><span class="tg-spoiler">f</span>' +
        '<code>g</code><pre><code class="language-ts">h</code></pre>' +
        "<blockquote>i</blockquote><blockquote expandable>j</blockquote>",
    );
    expect(parsed.text).toBe("abcdefghij");
    expect(parsed.entities.map((e) => [e.type, e.offset, e.language])).toEqual([
      ["bold", 0, undefined],
      ["italic", 1, undefined],
      ["underline", 2, undefined],
      ["strikethrough", 3, undefined],
      ["strikethrough", 4, undefined],
      ["spoiler", 5, undefined],
      ["code", 6, undefined],
      ["pre", 7, "ts"],
      ["blockquote", 8, undefined],
      ["expandable_blockquote", 9, undefined],
    ]);
  });

  it("nests entities, outer first when they start together", () => {
    expect(parseTelegramHtml("<b>bold <i>both</i></b>").entities).toEqual([
      { type: "bold", offset: 0, length: 9 },
      { type: "italic", offset: 5, length: 4 },
    ]);
  });

  it("decodes the four named entities and numeric ones, and keeps any other & as it is", () => {
    expect(parseTelegramHtml("&lt;b&gt; &amp; &quot;q&quot; &#33; &#x41; &nbsp; AT&T &copy").text).toBe(
      '<b> & "q" ! A &nbsp; AT&T &copy',
    );
  });

  it("counts offsets in UTF-16 code units, as the Bot API does", () => {
    expect(parseTelegramHtml("😀 <b>ok</b>").entities).toEqual([{ type: "bold", offset: 3, length: 2 }]);
  });

  it("strips leading and trailing whitespace, shifting entities with it", () => {
    expect(parseTelegramHtml("\n\n  <b>x</b>  \n")).toEqual({
      text: "x",
      entities: [{ type: "bold", offset: 0, length: 1 }],
    });
  });

  it("drops empty entities and links it cannot make sense of, keeping the text", () => {
    expect(parseTelegramHtml('<b></b><a href="javascript:alert(1)">x</a>')).toEqual({ text: "x", entities: [] });
  });

  it("refuses what Telegram refuses, in Telegram's words, with UTF-8 byte offsets", () => {
    expect(reason("<b>hi</b> & <script>")).toBe('Unsupported start tag "script" at byte offset 12');
    expect(reason("é <x>")).toBe('Unsupported start tag "x" at byte offset 3');
    expect(reason("a < b")).toBe('Unsupported start tag "" at byte offset 2');
    expect(reason("<b>open")).toBe('Can\'t find end tag corresponding to start tag "b"');
    expect(reason("close</b>")).toBe("Unexpected end tag at byte offset 5");
    expect(reason("<b>x</i>")).toBe('Unmatched end tag at byte offset 4, expected "</b>", found "</i>"');
    expect(reason("<b")).toBe("Unclosed start tag at byte offset 0");
    expect(reason("<b>x</b")).toBe("Unclosed end tag at byte offset 4");
    expect(reason('<span class="big">x</span>')).toBe('Tag "span" must have class "tg-spoiler" at byte offset 0');
    expect(reason("<a href=http://e.com>x</a>")).toBe("Unexpected end of name token at byte offset 8");
    expect(reason('<a href"x">y</a>')).toBe(
      'Expected equal sign in declaration of an attribute of the tag "a" at byte offset 0',
    );
  });
});
