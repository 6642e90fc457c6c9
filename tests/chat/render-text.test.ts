import { describe, expect, it } from "vitest";
import { parseTelegramHtml } from "../../src/emulator/html-entities.js";
import { renderText } from "../../src/chat/render-text.js";
import { renderButtons, renderInlineResults } from "../../src/chat/render-message.js";

const render = (html: string, color: boolean) => {
  const { text, entities } = parseTelegramHtml(html);
  return renderText(text, entities, color);
};

describe("renderText", () => {
  it("shows styles as light markup without color", () => {
    expect(render("<b>Flood</b> <i>now</i> <s>old</s> <code>x</code> <u>u</u> <tg-spoiler>s</tg-spoiler>", false)).toBe(
      "*Flood* _now_ ~old~ `x` u ||s||",
    );
  });

  it("shows styles as ANSI with color", () => {
    expect(render("<b>Flood</b> <i>now</i>", true)).toBe("\x1b[1mFlood\x1b[22m \x1b[3mnow\x1b[23m");
  });

  it("shows a link's target after its text, once when the text is the URL", () => {
    const html = 'Read <a href="https://e.com/a">the story</a> or <a href="https://e.com/b">https://e.com/b</a>';
    expect(render(html, false)).toBe("Read the story <https://e.com/a> or https://e.com/b");
  });

  it("closes nested styles inside out and puts a margin on quoted lines", () => {
    expect(render("<b>bold <i>both</i></b> end", false)).toBe("*bold _both_* end");
    expect(render("Said:\n<blockquote>line one\nline two</blockquote>", false)).toBe("Said:\n> line one\n> line two");
  });

  it("fences preformatted text without color", () => {
    expect(render('<pre><code class="language-ts">let x = 1;</code></pre>', false)).toBe("```\nlet x = 1;\n```");
  });
});

describe("renderButtons and renderInlineResults", () => {
  it("numbers buttons from 1 in reading order, a line per row, URL buttons showing their target", () => {
    const markup = {
      inline_keyboard: [
        [
          { text: "More answers", callback_data: "m" },
          { text: "Whole section", callback_data: "w" },
        ],
        [{ text: "Site", url: "https://e.com/" }],
      ],
    };
    expect(renderButtons(markup)).toEqual(["[1] More answers  [2] Whole section", "[3] Site (opens https://e.com/)"]);
    expect(renderButtons(undefined)).toEqual([]);
  });

  it("lists inline results with their descriptions and says when there are more", () => {
    expect(renderInlineResults("flood", [{ title: "A", description: "a" }, { title: "B" }], true)).toBe(
      'Inline results for "flood":\n  [1] A — a\n  [2] B\n' +
        "  (more: type @+ for the next page)\nType #N to send one into the chat.\n",
    );
    expect(renderInlineResults("zzz", [], false)).toBe('No inline results for "zzz".\n');
  });
});
