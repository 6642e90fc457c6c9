import { describe, expect, it } from "vitest";
import { TEXTS } from "../../support/texts.js";
import { formatLatestPage } from "../../../src/bot/format/headlines.js";
import type { Headline } from "../../../src/corpus/types.js";
import { MESSAGE_LIMIT, visibleLength } from "../../../src/format/html.js";

const long = (word: string, length: number) => `${word} `.repeat(Math.ceil(length / (word.length + 1))).slice(0, length);

describe("a /latest page", () => {
  it("stays under Telegram's limit with ten headlines whose title, tag and feed name are all overlong", () => {
    const headlines: Headline[] = Array.from({ length: 10 }, (_, i) => ({
      id: `h${i}`,
      title: long("Zangezur & <corridor>", 1500),
      tag: long("UPDATED", 500),
      subtitle: long("Analysis", 800),
      publishedAt: "2023-03-27T22:10:00+04:00",
      list: long("A feed that names itself at great length", 900),
      url: `https://example.com/story/${i}`,
      language: "en",
    }));
    const html = formatLatestPage(headlines, 1, 3, "Asia/Baku", TEXTS);
    expect(visibleLength(html)).toBeLessThan(MESSAGE_LIMIT);
    expect(html.match(/^• /gm)).toHaveLength(10);
    expect(html).toContain("Zangezur &amp; &lt;corridor&gt;");
  });
});
