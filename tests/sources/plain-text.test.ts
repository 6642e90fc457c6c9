import { describe, expect, test } from "vitest";
import { htmlBlocks } from "../../src/sources/html-blocks.js";
import { htmlToLines } from "../../src/sources/plain-text.js";

describe("feed HTML as plain text", () => {
  test("decodes every named entity HTML knows, not only a short list", () => {
    expect(htmlToLines("<p>Caf&eacute; in M&uuml;nchen &rarr; Baku &amp; back</p>")).toEqual(["Café in München → Baku & back"]);
  });

  test("a '>' inside an attribute does not end the tag, and nothing of the attribute shows", () => {
    expect(htmlToLines("<p>Before <img alt='1 > 0' src=\"a.png\"> after</p>")).toEqual(["Before after"]);
  });

  test("scripts, styles and comments are dropped; block elements end a line", () => {
    expect(
      htmlToLines("<div>One<!-- a > b --><script>if (a < b) x()</script><style>p{}</style><br>Two<ul><li>Three</li><li>Four</li></ul></div>"),
    ).toEqual(["One", "Two", "Three", "Four"]);
  });

  test("broken markup is read as browsers read it", () => {
    expect(htmlToLines("<p>An <b>unclosed paragraph<p>and the next")).toEqual(["An unclosed paragraph", "and the next"]);
  });

  test("headings keep their level", () => {
    expect(htmlBlocks("<h2>Why it matters</h2><p>Because.</p><h3>Costs</h3>")).toEqual([
      { level: 2, text: "Why it matters" },
      { level: null, text: "Because." },
      { level: 3, text: "Costs" },
    ]);
  });
});
