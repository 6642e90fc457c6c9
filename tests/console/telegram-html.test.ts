import { describe, expect, it } from "vitest";
import { telegramHtml } from "../../src/console/telegram-html.js";

const shown = (message: string) => telegramHtml(message).toString();

describe("a bot message on a console page", () => {
  it("keeps the project's own tags and http(s) links, and the composer's entities", () => {
    expect(shown('<b>Daily digest</b>\n<a href="https://caliber.az/a?x=1&amp;y=2">Iran &amp; Azerbaijan</a> <i>14:27</i>')).toBe(
      '<b>Daily digest</b>\n<a href="https://caliber.az/a?x=1&amp;y=2" rel="noreferrer">Iran &amp; Azerbaijan</a> <i>14:27</i>',
    );
  });

  it("shows any other tag as text: scripts, event handlers, javascript: links, tags with attributes", () => {
    expect(shown("<script>alert(1)</script>")).toBe("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(shown('<b onclick="x()">hi</b>')).toBe('&lt;b onclick="x()"&gt;hi</b>');
    expect(shown('<a href="javascript:alert(1)">x</a>')).toBe('&lt;a href="javascript:alert(1)"&gt;x</a>');
    expect(shown("<img src=x onerror=alert(1)>")).toBe("&lt;img src=x onerror=alert(1)&gt;");
  });
});
