import { describe, expect, it, beforeAll } from "vitest";
import { readFile } from "node:fs/promises";
import { loadCorpusFile } from "../../src/corpus/load-corpus.js";
import { parseCorpusFile } from "../../src/corpus/parse-corpus-file.js";
import type { Article, Corpus, Headline } from "../../src/corpus/types.js";
import { SEED_PAGE, fixture } from "./helpers/paths.js";

async function load(path: string, timezone = "Asia/Baku"): Promise<Corpus> {
  const result = await loadCorpusFile(path, { timezone });
  if (!result.ok) throw new Error(`${path} was refused: ${result.reason}`);
  return result.corpus;
}

const byTitle = (headlines: Headline[], title: string) => headlines.filter((h) => h.title === title);

describe("the seed page", () => {
  let corpus: Corpus;
  let article: Article;
  beforeAll(async () => {
    corpus = await load(SEED_PAGE);
    expect(corpus.articles).toHaveLength(1);
    article = corpus.articles[0]!;
  });

  it("has the article's header fields", () => {
    expect(article.title).toBe("Iran’s growing paranoia toward Azerbaijan");
    expect(article.subtitle).toBe("From the streets to the border");
    expect(article.category).toBe("REGION");
    expect(article.publishedAt).toBe("2023-01-27T14:27:00+04:00");
    expect(article.url).toBeNull();
    expect(article.author).toBeNull();
    expect(article.file).toBe("irans-growing-paranoia-toward-azerbaijan.txt");
  });

  it("gives the article an id from its file name, the same on every load", async () => {
    const again = await load(SEED_PAGE);
    expect(again.articles[0]!.id).toBe(article.id);
    const renamed = parseCorpusFile("iran-azerbaijan-copy.txt", await readFile(SEED_PAGE), { timezone: "Asia/Baku" });
    if (!renamed.ok) throw new Error(renamed.reason);
    expect(renamed.corpus.articles[0]!.id).not.toBe(article.id);
  });

  it("has the lead and the eight sections in order, each with its paragraphs", () => {
    expect(article.sections.map((s) => [s.heading, s.paragraphs.length])).toEqual([
      [null, 2],
      ["Mounting tensions", 2],
      ["Veering into taboo territory", 2],
      ["The threat of Iranian proxies", 2],
      ["Sectarian disconnect", 2],
      ["Azerbaijan’s response to Iranian assertiveness", 3],
      ["Externalization of Iran’s internal crisis", 4],
      ["Emerging Russia-Iran alliance", 3],
      ["Potential consequences", 1],
    ]);
  });

  it("keeps the paragraphs' text as written, typographic quotes included", () => {
    const lead = article.sections[0]!.paragraphs;
    expect(lead[0]).toMatch(/^Experts of the Topchubashov Center, an independent think tank in Baku/);
    expect(lead[0]).toContain("headlined “From the streets to the border: Iran’s growing paranoia toward Azerbaijan”.");
    expect(lead[1]).toMatch(/^On December 31, Iranian Foreign Minister Hossein Amir-Abdollahian/);
    const last = article.sections.at(-1)!.paragraphs.at(-1)!;
    expect(last).toMatch(/It remains to be seen if cooler heads can prevail\.$/);
    for (const paragraph of article.sections.flatMap((s) => s.paragraphs)) expect(paragraph).toBe(paragraph.trim());
  });

  it("has the 48 distinct headlines of its two lists", () => {
    expect(corpus.headlines).toHaveLength(48);
    expect(new Set(corpus.headlines.map((h) => h.id)).size).toBe(48);
    expect(corpus.headlines.filter((h) => h.list === "Read also")).toHaveLength(6);
    expect(corpus.headlines.filter((h) => h.list === "Latest news")).toHaveLength(42);
    expect(corpus.headlines[0]!.title).toBe("Israeli embassy in Azerbaijan resumes work");
    expect(corpus.headlines.at(-1)!.title).toBe("Germany to buy 28 howitzers to replace arms rushed to Ukraine");
  });

  it("splits the site's tags off the titles", () => {
    const [updated] = byTitle(corpus.headlines, "Israeli embassy in Azerbaijan resumes work");
    expect(updated).toMatchObject({ tag: "UPDATED", subtitle: null, publishedAt: "2023-03-27T22:10:00+04:00" });
    const [opinion] = byTitle(corpus.headlines, "Newsweek: It's time to get tough on Iran");
    expect(opinion).toMatchObject({ tag: "Opionion", list: "Read also", publishedAt: "2023-03-27T17:28:00+04:00" });
    expect(corpus.headlines.filter((h) => /UPDATED|Opionion/.test(h.title))).toEqual([]);
    expect(corpus.headlines.filter((h) => h.tag !== null)).toHaveLength(2);
  });

  it("reads the subtitle line some headlines carry before their date", () => {
    const [reuters] = byTitle(corpus.headlines, "Iraq's ambition to match Saudi oil output is out of reach");
    expect(reuters).toMatchObject({ subtitle: "Analysis by Reuters", tag: null, list: "Latest news", publishedAt: "2023-03-28T00:30:00+04:00" });
    const [observer] = byTitle(corpus.headlines, 'Biden\'s "democracy summit" poses questions for EU identity');
    expect(observer).toMatchObject({ subtitle: "Op-ed by EU Observer", publishedAt: "2023-03-28T04:00:00+04:00" });
    const [interview] = byTitle(corpus.headlines, '"Destabilisation of the region could lead to severe military consequences for Armenia"');
    expect(interview?.subtitle).toBe("Caliber.Az talks to Russian pundit Sergey Borovikov");
    expect(corpus.headlines.filter((h) => h.subtitle === null)).toHaveLength(45);
  });

  it("keeps a headline listed in both lists once, where it was first listed", () => {
    for (const title of [
      "Israeli embassy in Azerbaijan resumes work",
      'Iran says ready to join second "3+3" format meeting on South Caucasus',
      "Moscow deems unacceptable Armenia's plans to join Rome Statute of ICC",
    ]) {
      const found = byTitle(corpus.headlines, title);
      expect(found, title).toHaveLength(1);
      expect(found[0]!.list).toBe("Read also");
    }
  });

  it("dates every headline in the site's zone, +04:00", () => {
    for (const headline of corpus.headlines) expect(headline.publishedAt).toMatch(/^2023-03-2[78]T\d\d:\d\d:00\+04:00$/);
    expect(byTitle(corpus.headlines, "Japan battles to persuade big brands to help with military expansion")[0]?.publishedAt).toBe(
      "2023-03-28T06:01:00+04:00",
    );
  });

  it("drops every line of site chrome", async () => {
    const raw = await readFile(SEED_PAGE, "utf8");
    const texts = [
      ...article.sections.flatMap((s) => [s.heading ?? "", ...s.paragraphs]),
      ...corpus.headlines.flatMap((h) => [h.title, h.subtitle ?? "", h.tag ?? ""]),
    ];
    for (const chrome of ["Subscribe to our Telegram channel", "All news"]) {
      expect(raw).toContain(chrome);
      expect(texts.filter((text) => text.includes(chrome)), chrome).toEqual([]);
    }
    expect(texts.filter((text) => /^(Read also|Latest news)$/.test(text) || /^\d{1,2} \w+ \d{4} - \d\d:\d\d$/.test(text))).toEqual([]);
  });
});

describe("the same page saved differently", () => {
  it("parses alike with Windows line ends and a byte-order mark", async () => {
    const raw = await readFile(SEED_PAGE, "utf8");
    const options = { timezone: "Asia/Baku" };
    const unix = parseCorpusFile("page.txt", Buffer.from(raw), options);
    const windows = parseCorpusFile("page.txt", Buffer.from("\ufeff" + raw.replace(/\n/g, "\r\n")), options);
    expect(windows.ok).toBe(true);
    expect(windows).toEqual(unix);
  });
});

describe("another page of the site's shape", () => {
  let corpus: Corpus;
  beforeAll(async () => {
    corpus = await load(fixture("pages/black-sea-power-cable.txt"));
  });

  it("reads a header without a subtitle and another rubric", () => {
    expect(corpus.articles).toHaveLength(1);
    expect(corpus.articles[0]).toMatchObject({
      title: "Azerbaijan and Georgia agree to speed up Black Sea power cable",
      subtitle: null,
      category: "ECONOMY",
      publishedAt: "2023-03-26T10:15:00+04:00",
      file: "black-sea-power-cable.txt",
    });
  });

  it("reads its lead and its sections", () => {
    const sections = corpus.articles[0]!.sections;
    expect(sections.map((s) => [s.heading, s.paragraphs.length])).toEqual([
      [null, 1],
      ["Who pays for the cable", 2],
      ["Wind farms on the Caspian", 1],
    ]);
    expect(sections[1]!.paragraphs[1]).toBe(
      "Georgian officials expect the project to turn the country into a transit hub for green electricity. “Georgia will earn transit fees and gain a reliable link to the European grid,” Deputy Minister Romeo Mikautadze told reporters.",
    );
  });

  it("reads its list of headlines, with their tags, subtitles and dates", () => {
    expect(corpus.headlines.map(({ title, tag, subtitle, list }) => ({ title, tag, subtitle, list }))).toEqual([
      { title: "Kazakhstan to ship more oil via Baku-Tbilisi-Ceyhan pipeline", tag: "UPDATED", subtitle: null, list: "Latest news" },
      { title: "Hungary's MOL eyes stake in Azerbaijani gas field", tag: null, subtitle: "Analysis by Reuters", list: "Latest news" },
      { title: "Turkish lira slides to record low before elections", tag: null, subtitle: null, list: "Latest news" },
      { title: "Caspian sturgeon numbers fall for fifth year", tag: null, subtitle: null, list: "Latest news" },
    ]);
    expect(corpus.headlines.map((h) => h.publishedAt)).toEqual([
      "2023-03-26T09:40:00+04:00",
      "2023-03-26T03:30:00+04:00",
      "2023-03-26T01:45:00+04:00",
      "2023-03-25T23:50:00+04:00",
    ]);
  });

  it("drops its chrome too", () => {
    const texts = corpus.articles[0]!.sections.flatMap((s) => [s.heading ?? "", ...s.paragraphs]);
    expect(texts.filter((t) => /Subscribe to our Telegram channel|All news/.test(t))).toEqual([]);
  });
});
