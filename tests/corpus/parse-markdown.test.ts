import { describe, expect, it } from "vitest";
import { readFile } from "node:fs/promises";
import { parseCorpusFile } from "../../src/corpus/parse-corpus-file.js";
import { CORPUS_ERRORS } from "../../src/corpus/errors.js";
import type { Article } from "../../src/corpus/types.js";
import { fixture } from "./helpers/paths.js";

const OPTIONS = { timezone: "Asia/Baku" };

function parse(text: string, file = "article.md") {
  return parseCorpusFile(file, Buffer.from(text), OPTIONS);
}

function article(text: string): Article {
  const result = parse(text);
  if (!result.ok) throw new Error(result.reason);
  expect(result.corpus.headlines).toEqual([]);
  return result.corpus.articles[0]!;
}

describe("a Markdown article", () => {
  it("reads the front matter, the title, the lead and the sections, with the Markdown marks removed", async () => {
    const parsed = article(await readFile(fixture("markdown/caspian-shipping-route.md"), "utf8"));
    expect(parsed).toMatchObject({
      title: "Kazakhstan and Azerbaijan expand the Middle Corridor",
      subtitle: "Ports of Alat and Aktau prepare for more containers",
      author: "Farid Mammadov",
      category: "ECONOMY",
      publishedAt: "2023-03-29T16:45:00+04:00",
      url: "https://example.com/economy/caspian-shipping-route",
    });
    expect(parsed.sections).toEqual([
      {
        heading: null,
        paragraphs: [
          "Freight across the Caspian Sea between Aktau and the port of Alat grew by a third last year, as shippers avoided Russian routes to Europe. The Middle Corridor now carries grain, metals and containers from China.",
        ],
      },
      {
        heading: "Ferry capacity",
        paragraphs: [
          "Azerbaijan Caspian Shipping Company plans to order four new ro-ro ferries by 2025. Each vessel will carry up to 56 rail wagons, the company said in a statement.",
          "Port officials said waiting times at Alat had fallen from nine days to four after a second berth opened in January.",
        ],
      },
      {
        heading: "What shippers want",
        paragraphs: [
          "Logistics firms want a single digital permit for the whole route, so that a container crosses Kazakhstan, Azerbaijan and Georgia on one document.",
        ],
      },
    ]);
  });

  it("reads a Latest news section of dated entries as headlines, and keeps other text under such a heading", () => {
    const listed = parse(
      "# Lachin airport receives first flight\n\nThe flight landed at 11:40.\n\n## Latest news\n\n" +
        "Baku Marathon draws record 25,000 runners\n\n16 May 2026 12:08\n\nNew school opens in Zangilan\n\nFor 360 pupils\n\n16 May 2026 10:57\n",
    );
    if (!listed.ok) throw new Error(listed.reason);
    expect(listed.corpus.articles[0]!.sections).toEqual([{ heading: null, paragraphs: ["The flight landed at 11:40."] }]);
    expect(listed.corpus.headlines).toMatchObject([
      { title: "Baku Marathon draws record 25,000 runners", subtitle: null, publishedAt: "2026-05-16T12:08:00+04:00", list: "Latest news" },
      { title: "New school opens in Zangilan", subtitle: "For 360 pupils", publishedAt: "2026-05-16T10:57:00+04:00", list: "Latest news" },
    ]);
    const prose = article("# Baku metro\n\nThe lead.\n\n## Read also\n\nOur earlier reports on the metro covered its purple line.\n");
    expect(prose.sections.map((section) => section.heading)).toEqual([null, "Read also"]);
  });

  it("needs no front matter", () => {
    const parsed = article("# Baku metro opens a new station\n\nThe station, on the purple line, serves 40,000 passengers a day.\n");
    expect(parsed).toMatchObject({ title: "Baku metro opens a new station", subtitle: null, category: null, publishedAt: null, url: null });
    expect(parsed.sections).toEqual([{ heading: null, paragraphs: ["The station, on the purple line, serves 40,000 passengers a day."] }]);
  });

  it("reads a `# title` under front matter that names the title too as the title line, not the lead's heading", () => {
    const parsed = article('---\ntitle: "Archaeologists find a jar of coins at Gabala"\n---\n\n# Archaeologists find a jar of coins at Gabala\n\nThe jar holds 1,900 silver coins.\n\n## A jar under a clay floor\n\nIt was found on 9 June.\n');
    expect(parsed.title).toBe("Archaeologists find a jar of coins at Gabala");
    expect(parsed.sections.map((section) => section.heading)).toEqual([null, "A jar under a clay floor"]);
  });

  it("joins a paragraph's lines and keeps typographic quotes", () => {
    const parsed = article("# Aliyev on the peace treaty\n\n## What he said\n\n“We are ready,” Aliyev said,\nadding that Baku’s terms are known.\n");
    expect(parsed.sections).toEqual([{ heading: "What he said", paragraphs: ["“We are ready,” Aliyev said, adding that Baku’s terms are known."] }]);
  });

  it("takes the date in the site's own form and ISO with an offset", () => {
    const body = "\n---\n\n# Sturgeon quotas renewed\n\nThe five Caspian states renewed the catch limits.\n";
    expect(article(`---\ndate: 27 January 2023 - 14:27${body}`).publishedAt).toBe("2023-01-27T14:27:00+04:00");
    expect(article(`---\ndate: 2023-01-27T14:27:00+04:00${body}`).publishedAt).toBe("2023-01-27T14:27:00+04:00");
    expect(article(`---\ndate: 2023-01-27${body}`).publishedAt).toBe("2023-01-27T00:00:00+04:00");
  });

  it("takes YAML's timestamps: a space before the time and before the offset, seconds, a short offset", () => {
    const body = "\n---\n\n# Sturgeon quotas renewed\n\nThe five Caspian states renewed the catch limits.\n";
    expect(article(`---\ndate: 2026-04-22 09:40:00 +04:00${body}`).publishedAt).toBe("2026-04-22T09:40:00+04:00");
    expect(article(`---\ndate: 2001-12-14 21:59:43.10 -5${body}`).publishedAt).toBe("2001-12-14T21:59:43-05:00");
    expect(article(`---\ndate: 2026-04-22 09:40 +0300${body}`).publishedAt).toBe("2026-04-22T09:40:00+03:00");
    expect(article(`---\ndate: 2026-04-22 09:40Z${body}`).publishedAt).toBe("2026-04-22T09:40:00+00:00");
  });

  it("refuses malformed front matter, naming the line", () => {
    const text = "---\ndate: 2023-03-29 16:45\nthis line is not a field\n---\n\n# Title\n\nText.\n";
    expect(parse(text)).toEqual({ ok: false, reason: CORPUS_ERRORS.badFrontMatter("this line is not a field") });
  });

  it("refuses front matter that is never closed", () => {
    expect(parse("---\ndate: 2023-03-29 16:45\n\n# Title\n\nText.\n")).toEqual({ ok: false, reason: CORPUS_ERRORS.unclosedFrontMatter });
  });

  it("refuses an impossible date in the front matter", () => {
    expect(parse("---\ndate: 2023-02-31 10:00\n---\n\n# Title\n\nText.\n")).toEqual({ ok: false, reason: CORPUS_ERRORS.badDate("2023-02-31 10:00") });
    expect(parse("---\ndate: 2023-02-27 10:00 +25:00\n---\n\n# Title\n\nText.\n")).toEqual({ ok: false, reason: CORPUS_ERRORS.badDate("2023-02-27 10:00 +25:00") });
    expect(parse("---\ndate: 2023-02-27 +04:00\n---\n\n# Title\n\nText.\n")).toEqual({ ok: false, reason: CORPUS_ERRORS.badDate("2023-02-27 +04:00") });
  });

  it("refuses an article without a title or without text", () => {
    expect(parse("Just a paragraph with no heading.\n")).toEqual({ ok: false, reason: CORPUS_ERRORS.noTitle });
    expect(parse("# A title alone\n")).toEqual({ ok: false, reason: CORPUS_ERRORS.noBody });
  });
});

describe("Markdown that a hand-written reader got wrong", () => {
  const sections = (body: string) => article(`# Caspian ports compared\n\n${body}\n`).sections;

  it("gives each point of a list as its own paragraph, without the list marks", () => {
    expect(sections("What the ports offer:\n\n- first point\n- second point\n  1. a nested step\n")).toEqual([
      { heading: null, paragraphs: ["What the ports offer:", "first point", "second point", "a nested step"] },
    ]);
  });

  it("reads a fenced code block as text of its section, not as a heading", () => {
    const parsed = sections("## Tariffs\n\nThe tariff table:\n\n```\nAlat  12 USD\nAktau 14 USD\n```\n");
    expect(parsed).toEqual([{ heading: "Tariffs", paragraphs: ["The tariff table:", "Alat 12 USD Aktau 14 USD"] }]);
  });

  it("keeps underscores and stars that stand inside words and numbers", () => {
    const [lead] = sections("The field a_snake_case holds 2*3*4 containers, **not** *more*.");
    expect(lead!.paragraphs).toEqual(["The field a_snake_case holds 2*3*4 containers, not more."]);
  });

  it("decodes HTML entities and drops inline tags", () => {
    const [lead] = sections("Caf&eacute; owners in M&uuml;nchen &rarr; Baku &amp; back, <b>twice</b>.");
    expect(lead!.paragraphs).toEqual(["Café owners in München → Baku & back, twice."]);
  });

  it("reads the author from the front matter, one or several, and YAML's quoting", () => {
    const one = article('---\nauthor: "Leyla Huseynova"\nsubtitle: \'Ports: a comparison\'\n---\n\n# Ports\n\nText.\n');
    expect(one).toMatchObject({ author: "Leyla Huseynova", subtitle: "Ports: a comparison" });
    const several = article("---\nauthor:\n  - Leyla Huseynova\n  - Farid Mammadov\n---\n\n# Ports\n\nText.\n");
    expect(several.author).toBe("Leyla Huseynova, Farid Mammadov");
    expect(article("# Ports\n\nText.\n").author).toBeNull();
  });
});

