import { describe, expect, it } from "vitest";
import { readFile } from "node:fs/promises";
import { languageOfArticle, languageOfLine, languageOfTag, languageOfText } from "../../src/corpus/page-language.js";
import { parseCorpusFile } from "../../src/corpus/parse-corpus-file.js";
import { parseHtml } from "../../src/corpus/parse-html.js";
import { parseFeedItems } from "../../src/sources/feed-items.js";
import { FEED_DEFAULTS } from "../../src/sources/defaults.js";
import type { Corpus } from "../../src/corpus/types.js";
import { fixture } from "./helpers/paths.js";

async function parseFixture(name: string): Promise<Corpus> {
  const result = parseCorpusFile(name, await readFile(fixture(name)), { timezone: "Asia/Baku" });
  if (!result.ok) throw new Error(result.reason);
  return result.corpus;
}

/** A saved article page in any template, with the metadata given, about 300 characters of prose. */
function htmlPage(head: string, htmlAttributes: string, paragraph: string): string {
  return `<!doctype html><html ${htmlAttributes}><head><title>Page</title>${head}</head><body><article><h1>Bakı limanı</h1>${`<p>${paragraph}</p>`.repeat(4)}</article></body></html>`;
}

describe("a page's language", () => {
  it("reads the tags metadata gives, whatever their region or script subtag", () => {
    expect(["ru", "ru-RU", "az_AZ", "az-Latn-AZ", "en-GB", " EN "].map(languageOfTag)).toEqual(["ru", "ru", "az", "az", "en", "en"]);
    expect(languageOfTag("tr-TR")).toBeNull();
    expect(languageOfTag(null)).toBeNull();
  });

  it("is read from a text without metadata: Russian, Azerbaijani, and English in Latin letters with no Azerbaijani ones", () => {
    expect(languageOfText("Министр энергетики сообщил, что поставки газа в Европу выросли.")).toBe("ru");
    expect(languageOfText("Nazir bildirib ki, Avropaya qaz ixracı ötən il artıb.")).toBe("az");
    expect(languageOfText("Azerbaijan's gas exports to Europe grew last year, the minister said.")).toBe("en");
    // Without a single Azerbaijani letter, franc-min's trigrams still tell the language.
    expect(languageOfText("Bakida neft qiymeti bu il artib, nazir bildirib ki, ixrac da artacaq")).toBe("az");
  });

  it("of a headline is its own: an English headline listed on a Russian page stays English", () => {
    expect(languageOfLine("Пашинян и Алиев обсудили проект мирного договора")).toBe("ru");
    expect(languageOfLine("Şuşada media forumu başlayıb")).toBe("az");
    expect(languageOfLine("Iran hijab fines")).toBe("en");
  });

  it("of the Russian and Azerbaijani scraped pages is read from their text, each headline its own", async () => {
    const ru = await parseFixture("pages/aras-corridor-bridge-ru.txt");
    expect(ru.articles[0]).toMatchObject({ title: "Азербайджан и Иран завершают мост через Араз у Агбенда", language: "ru", publishedAt: "2026-02-12T11:40:00+04:00" });
    expect(ru.headlines.map((h) => [h.title, h.language])).toContainEqual(["Baku port handles record container volume", "en"]);
    expect(ru.headlines.find((h) => h.title.startsWith("Пашинян"))).toMatchObject({ list: "Читайте также", language: "ru" });
    const az = await parseFixture("pages/horadiz-aghband-railway-az.txt");
    expect(az.articles[0]).toMatchObject({ author: "Leyla Hüseynova", language: "az", publishedAt: "2026-03-03T15:20:00+04:00" });
    expect(az.articles[0]!.sections.map((s) => s.heading)).toContain("Körpülər və tunellər");
    expect(az.headlines.find((h) => h.title.startsWith("Pashinyan"))?.language).toBe("en");
  });

  it("of an English page is English", async () => {
    expect((await parseFixture("pages/red-bridge-crossing.txt")).articles[0]?.language).toBe("en");
  });

  it("comes from a Markdown article's front matter", async () => {
    expect((await parseFixture("markdown/baku-energy-week-ru.md")).articles[0]).toMatchObject({ language: "ru", category: "ЭКОНОМИКА" });
    const english = "---\nlang: en\n---\n# Записка\n\nТекст на русском, но редактор назвал язык.";
    const result = parseCorpusFile("note.md", Buffer.from(english), { timezone: "Asia/Baku" });
    expect(result.ok && result.corpus.articles[0]?.language).toBe("en");
  });

  it("comes from an HTML page's JSON-LD inLanguage, its <html lang>, or og:locale, before its text", () => {
    const english = "The port of Baku handled a record number of containers this year, officials said on Monday. ".repeat(2);
    const options = { articleId: "a1", file: "page.html", timezone: "Asia/Baku" };
    const language = (head: string, attributes: string) => parseHtml(htmlPage(head, attributes, english), options).articles[0]?.language;
    expect(language('<script type="application/ld+json">{"@type":"NewsArticle","headline":"Bakı limanı","inLanguage":"az-AZ"}</script>', 'lang="en"')).toBe("az");
    expect(language("", 'lang="ru"')).toBe("ru");
    expect(language('<meta property="og:locale" content="az_AZ">', "")).toBe("az");
    expect(language("", "")).toBe("en");
  });

  it("comes from a feed's <language>, else from each entry's words", () => {
    const options = { feedUrl: "https://caliber.example/rss", foundAt: new Date("2026-03-01T08:00:00Z"), ...FEED_DEFAULTS };
    const rss = (language: string) =>
      `<?xml version="1.0"?><rss version="2.0"><channel><title>Caliber</title><link>https://caliber.example/</link><description>d</description>${language}` +
      "<item><title>Iran and Azerbaijan finish the Aras bridge</title><link>https://caliber.example/a</link></item>" +
      "<item><title>Мост через Араз почти готов</title><link>https://caliber.example/b</link></item></channel></rss>";
    expect(parseFeedItems(rss("<language>az</language>"), options).stories.map((s) => s.language)).toEqual(["az", "az"]);
    expect(parseFeedItems(rss(""), options).stories.map((s) => s.language)).toEqual(["en", "ru"]);
  });

  it("of an article is read on its opening, as on its whole text joined", async () => {
    const names = ["pages/aras-corridor-bridge-ru.txt", "pages/horadiz-aghband-railway-az.txt", "pages/red-bridge-crossing.txt", "markdown/caspian-shipping-route.md", "html/ganja-tram-line.html"];
    const articles = (await Promise.all(names.map(parseFixture))).flatMap((corpus) => corpus.articles);
    for (const { title, sections } of articles) {
      const whole = [title, ...sections.flatMap((section) => section.paragraphs)].join("\n");
      expect(languageOfArticle(title, sections)).toBe(languageOfText(whole));
    }
    expect(new Set(articles.map((article) => languageOfArticle(article.title, article.sections)))).toEqual(new Set(["en", "ru", "az"]));
    // Past the opening, the text does not count: an English article quoting a Russian letter at length is English.
    const english = "The minister said gas deliveries to Europe had grown, and that the new pipeline was on time. ".repeat(12);
    const russian = "Министр энергетики сообщил, что поставки газа в Европу выросли. ".repeat(40);
    const quoting = [{ heading: null, paragraphs: [english] }, { heading: "Письмо", paragraphs: [russian, russian] }];
    expect(languageOfArticle("Gas to Europe", quoting)).toBe("en");
    expect(languageOfArticle("Газ в Европу", [{ heading: null, paragraphs: [russian] }, ...quoting])).toBe("ru");
  });

  it("of a line tells every character apart: Cyrillic is Russian, ə ı ğ ş ç ö ü (either case, and İ) Azerbaijani, the rest English", () => {
    const azerbaijani = new Set("əƏıİğĞşŞçÇöÖüÜ");
    const wrong: string[] = [];
    for (let code = 0; code < 0x10000; code++) {
      const letter = String.fromCharCode(code);
      const expected = code >= 0x400 && code <= 0x4ff ? "ru" : azerbaijani.has(letter) ? "az" : "en";
      if (languageOfLine(`${letter}${letter}`) !== expected) wrong.push(code.toString(16));
    }
    expect(wrong).toEqual([]);
  });
});
