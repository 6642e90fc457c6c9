import { beforeAll, describe, expect, it } from "vitest";
import { readFile } from "node:fs/promises";
import { loadCorpusFile } from "../../src/corpus/load-corpus.js";
import { parseCorpusFile } from "../../src/corpus/parse-corpus-file.js";
import { CORPUS_ERRORS } from "../../src/corpus/errors.js";
import type { Article, Corpus } from "../../src/corpus/types.js";
import { topAnswer } from "./helpers/answers.js";
import { fixture } from "./helpers/paths.js";

const OPTIONS = { timezone: "Asia/Baku" };

function parse(text: string): Corpus {
  const result = parseCorpusFile("page.txt", Buffer.from(text), OPTIONS);
  if (!result.ok) throw new Error(result.reason);
  return result.corpus;
}

const LEAD =
  "Azerbaijan and Georgia opened a second road crossing at the Red Bridge on Saturday, next to the old checkpoint that has handled most of the freight between the two countries.";
/** A page of the current layout around a header written by each test. */
const page = (...header: string[]) => ["Facebook", "Twitter", "Search", "A+", "A-", ...header, LEAD, "Follow us on X", "© 2026 Caliber.Az"].join("\n");
const article = (text: string): Article => parse(text).articles[0]!;
const allTexts = (a: Article) => [a.title, a.subtitle ?? "", a.author ?? "", ...a.sections.flatMap((s) => [s.heading ?? "", ...s.paragraphs])];

describe("a page scraped from the site's current layout", () => {
  let corpus: Corpus;
  beforeAll(async () => {
    const result = await loadCorpusFile(fixture("pages/red-bridge-crossing.txt"), OPTIONS);
    if (!result.ok) throw new Error(result.reason);
    corpus = result.corpus;
  });

  it("finds the article past the chrome: the title and subtitle split where the page repeats the title, the date without a dash, the author", () => {
    expect(corpus.articles).toHaveLength(1);
    expect(corpus.articles[0]).toMatchObject({
      title: "Azerbaijan and Georgia open a second crossing at the Red Bridge",
      subtitle: "Trucks should wait half as long at the border",
      author: "Nigar Abbasova",
      category: null,
      publishedAt: "2026-01-10T20:07:00+04:00",
      file: "red-bridge-crossing.txt",
    });
  });

  it("reads the lead and the sections, with no chrome, author or date among them", () => {
    const sections = corpus.articles[0]!.sections;
    expect(sections.map((s) => [s.heading, s.paragraphs.length])).toEqual([
      [null, 2],
      ["Freight on the Middle Corridor", 2],
      ["What comes next", 1],
    ]);
    const texts = allTexts(corpus.articles[0]!).slice(3);
    for (const chrome of ["Facebook", "Twitter", "Search", "Menu", "Politics", "AZ", "A+", "A-", "Share", "©", "Nigar Abbasova", "10 January 2026"])
      expect(texts.filter((text) => text.includes(chrome)), chrome).toEqual([]);
  });

  it("reads the list of headlines, with tags, subtitles and dates, and none of the chrome after it", () => {
    expect(corpus.headlines.map(({ title, tag, subtitle, publishedAt }) => ({ title, tag, subtitle, publishedAt }))).toEqual([
      { title: "Azerbaijan and Georgia open a second crossing at the Red Bridge", tag: null, subtitle: null, publishedAt: "2026-01-10T20:07:00+04:00" },
      { title: "Baku port handles record container volume", tag: "UPDATED", subtitle: null, publishedAt: "2026-01-10T19:20:00+04:00" },
      { title: "EU approves funding for Black Sea cable study", tag: null, subtitle: "Analysis by Reuters", publishedAt: "2026-01-10T17:45:00+04:00" },
    ]);
  });

  it("answers a question from the article, never from the chrome", () => {
    const answer = topAnswer(corpus, "when will Georgia start electronic customs declarations for transit trucks?");
    expect(answer).toMatchObject({ kind: "section", article: "Azerbaijan and Georgia open a second crossing at the Red Bridge", section: "Freight on the Middle Corridor" });
    expect(topAnswer(corpus, "twitter")).toBeUndefined();
  });
});

describe("the current layout's header, written each way the site writes it", () => {
  it("reads the date with or without a dash, with a rubric set off by one space or two", () => {
    expect(article(page("Red Bridge crossing opens", "POLITICS 10 January 2026 20:07"))).toMatchObject({ category: "POLITICS", publishedAt: "2026-01-10T20:07:00+04:00" });
    expect(article(page("Red Bridge crossing opens", "REGION  10 January 2026 - 20:07"))).toMatchObject({ category: "REGION", publishedAt: "2026-01-10T20:07:00+04:00" });
    expect(article(page("Red Bridge crossing opens", "10 January 2026, 20:07")).publishedAt).toBe("2026-01-10T20:07:00+04:00");
  });

  it("splits a title from its subtitle at the site's standfirst form", () => {
    expect(article(page("Why the Red Bridge matters for the Middle Corridor Analysis by Reuters", "10 January 2026 20:07"))).toMatchObject({
      title: "Why the Red Bridge matters for the Middle Corridor",
      subtitle: "Analysis by Reuters",
    });
  });

  it("splits a title from its subtitle where the lead opens with the subtitle", () => {
    const text = page("Red Bridge crossing opens Azerbaijan and Georgia opened a second road crossing", "10 January 2026 20:07");
    expect(article(text)).toMatchObject({ title: "Red Bridge crossing opens", subtitle: "Azerbaijan and Georgia opened a second road crossing" });
  });

  it("takes a subtitle repeated as the lead's first line for the subtitle, not for a heading over the lead", () => {
    const subtitle = "Deputy prime ministers sign a protocol in Gabala";
    const text = ["Facebook", "A+", `Border talks move to a new stretch ${subtitle}`, "POLITICS  10 January 2026 20:07", "By Leyla Hasanova", subtitle, LEAD].join("\n");
    const parsed = article(text);
    expect(parsed).toMatchObject({ title: "Border talks move to a new stretch", subtitle, author: "Leyla Hasanova" });
    expect(parsed.sections.map((section) => section.heading)).toEqual([null]);
    expect(parsed.sections[0]!.paragraphs).toEqual([LEAD]);
  });

  it("keeps a line that the page gives no way to split as the title", () => {
    expect(article(page("Azerbaijan and Georgia open a second crossing Trucks will wait less", "10 January 2026 20:07"))).toMatchObject({
      title: "Azerbaijan and Georgia open a second crossing Trucks will wait less",
      subtitle: null,
    });
  });

  it("reads a byline written 'By …' or 'Author: …', and a rubric line above the title", () => {
    expect(article(page("SOUTH CAUCASUS", "Red Bridge crossing opens", "10 January 2026 20:07", "By Nigar Abbasova"))).toMatchObject({
      author: "Nigar Abbasova",
      category: "SOUTH CAUCASUS",
      title: "Red Bridge crossing opens",
    });
    expect(article(page("Red Bridge crossing opens", "10 January 2026 20:07", "Author: Ursula von der Leyen")).author).toBe("Ursula von der Leyen");
  });

  it("finds the article after a list of headlines that stands before it", () => {
    const corpus = parse(page("Latest news", "Baku port handles record container volume", "10 January 2026 19:20", "Red Bridge crossing opens", "10 January 2026 20:07"));
    expect(corpus.articles[0]).toMatchObject({ title: "Red Bridge crossing opens", publishedAt: "2026-01-10T20:07:00+04:00" });
    expect(corpus.articles[0]!.sections).toEqual([{ heading: null, paragraphs: [LEAD] }]);
    expect(corpus.headlines).toEqual([expect.objectContaining({ title: "Baku port handles record container volume", list: "Latest news" })]);
  });

  it("reads a rubric line between the title and the date as the rubric, not the subtitle", () => {
    expect(article(page("Red Bridge crossing opens", "POLITICS", "10 January 2026 20:07"))).toMatchObject({ title: "Red Bridge crossing opens", subtitle: null, category: "POLITICS" });
  });

  it("goes on reading the article after a 'Read also' list set between its paragraphs", () => {
    const more = "Georgian customs said it would begin electronic declarations for trucks in transit in March, so that a driver is checked once.";
    const corpus = parse(
      page("Red Bridge crossing opens", "10 January 2026 20:07").replace(
        LEAD,
        [LEAD, "Read also", "Baku port handles record container volume", "10 January 2026 19:20", "Customs", more, "Privacy policy", "Terms of use"].join("\n"),
      ),
    );
    expect(corpus.articles[0]!.sections).toEqual([
      { heading: null, paragraphs: [LEAD] },
      { heading: "Customs", paragraphs: [more] },
    ]);
    expect(corpus.headlines).toEqual([expect.objectContaining({ title: "Baku port handles record container volume", list: "Read also" })]);
  });

  it("never takes a menu with words it does not know, or a short logo line, for the title", () => {
    const parsed = article(page("Caliber.Az", "Politics Economy Region World In Focus Opinion", "Red Bridge crossing opens to trucks", "10 January 2026 20:07"));
    expect(parsed).toMatchObject({ title: "Red Bridge crossing opens to trucks", subtitle: null });
    expect(article(page("Caliber.Az", "Aliyev speaks", "10 January 2026 20:07")).title).toBe("Aliyev speaks");
  });

  it("refuses a page whose title cannot be found, with the reason", () => {
    const result = parseCorpusFile("page.txt", Buffer.from(page("10 January 2026 20:07")), OPTIONS);
    expect(result).toEqual({ ok: false, reason: CORPUS_ERRORS.noTitle });
  });
});

describe("the seed's layout", () => {
  it("has no author, as before", async () => {
    const result = parseCorpusFile("seed.txt", await readFile(fixture("pages/black-sea-power-cable.txt")), OPTIONS);
    expect(result.ok && result.corpus.articles[0]!.author).toBeNull();
  });
});
