import { describe, expect, it } from "vitest";
import type { Answer } from "../../../src/search/types.js";
import { formatAnswer } from "../../../src/bot/format/answer.js";
import { TEXTS, TEXTS_BY_LANGUAGE } from "../../support/texts.js";

const section: Answer = {
  kind: "section",
  match: "answer",
  asked: null,
  subject: null,
  article: "Tom & Jerry <live>",
  articleId: "a1",
  section: "Cats <b>and</b> mice",
  sectionIndex: 2,
  headline: "Tom & Jerry <live>",
  headlineId: null,
  excerpt: "The cat detained 19 mice & one <script>.",
  score: 0.8,
  publishedAt: "2023-01-27T14:27:00+04:00",
  url: "https://example.com/a?x=1&y=2",
  language: "en",
  questionLanguage: "en",
  highlights: [
    [8, 16],
    [17, 19],
  ],
};

describe("formatAnswer", () => {
  it("bolds the heading and the matched words and escapes everything from the corpus", () => {
    const html = formatAnswer(section, { texts: TEXTS, timeZone: "Asia/Baku" });
    expect(html).toBe(
      "<b>Cats &lt;b&gt;and&lt;/b&gt; mice</b>\n<i>Tom &amp; Jerry &lt;live&gt;</i> · 27 Jan 2023, 14:27\n\n" +
        "The cat <b>detained 19</b> mice &amp; one &lt;script&gt;.\n\n" +
        `<a href="https://example.com/a?x=1&amp;y=2">${TEXTS.readArticle}</a>`,
    );
  });

  it("shows the date in the reader's zone and where the answer stands among the others", () => {
    const html = formatAnswer(section, { texts: TEXTS, timeZone: "Europe/Berlin", position: { index: 1, total: 3 } });
    expect(html).toContain("27 Jan 2023, 11:27");
    expect(html).toContain(TEXTS.answerPosition(1, 3));
  });

  it("leaves out a link Telegram would refuse, and the title line of a lead", () => {
    const lead = { ...section, section: null, url: "javascript:alert(1)" };
    const html = formatAnswer(lead, { texts: TEXTS, timeZone: "Asia/Baku" });
    expect(html.startsWith("<b>Tom &amp; Jerry &lt;live&gt;</b>\n27 Jan 2023, 14:27\n\n")).toBe(true);
    expect(html).not.toContain("<a ");
  });

  it("cuts a very long excerpt without losing the highlights that fit", () => {
    const excerpt = "word ".repeat(2000).trim();
    const html = formatAnswer({ ...section, excerpt, highlights: [[0, 4], [9990, 9994]] }, { texts: TEXTS, timeZone: "Asia/Baku" });
    expect(html.length).toBeLessThan(3000);
    expect(html).toContain("<b>word</b> word");
    expect(html).toContain("…");
  });

});

describe("an answer from a page in another language than the question", () => {
  it("says so first, in the reader's language, and names the page's language", () => {
    const english: Answer = { ...section, language: "en" };
    const russianReader = TEXTS_BY_LANGUAGE.ru.bot;
    const html = formatAnswer({ ...english, questionLanguage: "ru" }, { texts: russianReader, timeZone: "Asia/Baku" });
    expect(html.split("\n")[0]).toBe("<i>Со страницы на английском:</i>");
    expect(html).toContain("27 янв. 2023 г., 14:27");
    const azerbaijaniReader = TEXTS_BY_LANGUAGE.az.bot;
    const inAzerbaijani = formatAnswer({ ...english, questionLanguage: "az" }, { texts: azerbaijaniReader, timeZone: "Asia/Baku" });
    expect(inAzerbaijani.split("\n")[0]).toBe("<i>İngilis dilində olan səhifədən:</i>");
    const fromRussianPage = formatAnswer({ ...section, language: "ru" }, { texts: TEXTS, timeZone: "Asia/Baku" });
    expect(fromRussianPage.split("\n")[0]).toBe("<i>From a page in Russian:</i>");
    expect(formatAnswer(section, { texts: TEXTS, timeZone: "Asia/Baku" })).not.toContain("From a page");
  });

  it("says nothing when the page is in the question's language, or its language is not known", () => {
    const plain = formatAnswer(section, { texts: TEXTS, timeZone: "Asia/Baku" });
    expect(formatAnswer({ ...section, language: "en" }, { texts: TEXTS, timeZone: "Asia/Baku" })).toBe(plain);
    expect(formatAnswer({ ...section, language: "ru", questionLanguage: "ru" }, { texts: TEXTS, timeZone: "Asia/Baku" })).toBe(plain);
    expect(formatAnswer({ ...section, language: "en" }, { texts: TEXTS, timeZone: "Asia/Baku" })).toBe(plain);
  });
});
