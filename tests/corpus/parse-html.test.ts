import { beforeAll, describe, expect, it } from "vitest";
import { readFile } from "node:fs/promises";
import { parseHtml } from "../../src/corpus/parse-html.js";
import { authorFromByline } from "../../src/corpus/html/shown-header.js";
import { CORPUS_ERRORS, CorpusFileError } from "../../src/corpus/errors.js";
import type { Corpus } from "../../src/corpus/types.js";
import { topAnswer } from "./helpers/answers.js";
import { fixture } from "./helpers/paths.js";

const OPTIONS = { articleId: "a1", file: "page.html", timezone: "Asia/Baku" };

async function parseFixture(name: string, url?: string): Promise<Corpus> {
  return parseHtml(await readFile(fixture(name), "utf8"), { ...OPTIONS, url });
}

function refusal(html: string): string {
  try {
    parseHtml(html, OPTIONS);
  } catch (error) {
    if (error instanceof CorpusFileError) return error.message;
    throw error;
  }
  throw new Error("the page was not refused");
}

const texts = (corpus: Corpus) => corpus.articles.flatMap((a) => a.sections.flatMap((s) => [s.heading ?? "", ...s.paragraphs]));

describe("an HTML article page with JSON-LD and Open Graph metadata", () => {
  let corpus: Corpus;
  beforeAll(async () => {
    corpus = await parseFixture("html/shusha-media-forum.html");
  });

  it("takes the header fields from the metadata: title without the site name, subtitle, author, date in the site's zone, rubric, canonical URL", () => {
    expect(corpus.articles).toHaveLength(1);
    expect(corpus.articles[0]).toMatchObject({
      id: "a1",
      title: "Shusha hosts the Global Media Forum",
      subtitle: "Journalists from 49 countries gather in Karabakh",
      author: "Leyla Huseynova",
      category: "SOCIETY",
      publishedAt: "2026-01-10T20:07:00+04:00",
      url: "https://caliber.az/en/post/shusha-hosts-the-global-media-forum",
      file: "page.html",
    });
  });

  it("reads the sections from the h2/h3 headings and a paragraph that is only bold text", () => {
    expect(corpus.articles[0]!.sections.map((s) => [s.heading, s.paragraphs.length])).toEqual([
      [null, 2],
      ["Artificial intelligence in the newsroom", 2],
      ["Disinformation about Karabakh", 1],
      ["Awards for young journalists", 1],
    ]);
    expect(corpus.articles[0]!.sections[0]!.paragraphs[0]).toMatch(/^More than three hundred journalists.*congress centre\.$/);
  });

  it("keeps the template's chrome, its title, byline and date out of the article's text", () => {
    const all = texts(corpus);
    for (const chrome of ["Facebook", "Twitter", "A+", "Search", "Politics", "All rights reserved", "Read also", "10 January 2026 20:07"])
      expect(all.filter((text) => text.includes(chrome)), chrome).toEqual([]);
    expect(all).not.toContain("Shusha hosts the Global Media Forum");
    expect(all.filter((text) => text.includes("Leyla Huseynova") || text.includes("Lachin airport"))).toEqual([]);
  });

  it("reads the dated link lists as headlines, each once, with its list, tag, subtitle, date and address", () => {
    expect(corpus.headlines).toEqual([
      expect.objectContaining({
        title: "Baku to host COP follow-up meeting",
        tag: "UPDATED",
        subtitle: null,
        list: "Read also",
        publishedAt: "2026-01-10T18:40:00+04:00",
        url: "https://caliber.az/en/post/baku-to-host-cop-follow-up-meeting",
      }),
      expect.objectContaining({ title: "Lachin airport opens to charter flights", subtitle: "Analysis by Reuters", list: "Read also" }),
      expect.objectContaining({ title: "Aghdam mosque restoration finished", list: "Latest news", publishedAt: "2026-01-10T19:55:00+04:00" }),
    ]);
  });

  it("answers a question from the page's sections", () => {
    const answer = topAnswer(corpus, "how do fact checkers fight fake videos about Karabakh?");
    expect(answer).toMatchObject({ kind: "section", article: "Shusha hosts the Global Media Forum", section: "Disinformation about Karabakh" });
  });
});

describe("an HTML article page with no metadata, saved cut off", () => {
  let corpus: Corpus;
  beforeAll(async () => {
    corpus = await parseFixture("html/ganja-tram-line.html", "https://news.example.az/ganja/tram");
  });

  it("falls back to what the page shows: the h1, the line under it, the byline, the date in the text; the address it was read from", () => {
    expect(corpus.articles[0]).toMatchObject({
      title: "Ganja reopens its tram line after thirty years",
      subtitle: "The first of twelve Czech trams enters service on Nizami Avenue",
      author: "Farid Mammadov",
      category: null,
      publishedAt: "2026-02-12T09:30:00+04:00",
      url: "https://news.example.az/ganja/tram",
    });
  });

  it("reads its sections, the last paragraph included though its tags are never closed", () => {
    const sections = corpus.articles[0]!.sections;
    expect(sections.map((s) => [s.heading, s.paragraphs.length])).toEqual([
      [null, 2],
      ["Trams from the Czech Republic", 1],
      ["A second line by 2028", 1],
    ]);
    expect(sections[2]!.paragraphs[0]).toMatch(/^Planners want a second line.*Funding has not yet been found for it\.$/);
    expect(texts(corpus).filter((t) => /Home|Contacts|Latest news|Farid Mammadov|12 February 2026/.test(t))).toEqual([]);
  });

  it("reads the sidebar's dated links as headlines, with addresses resolved against the page's", () => {
    expect(corpus.headlines.map(({ title, list, publishedAt, url }) => ({ title, list, publishedAt, url }))).toEqual([
      { title: "Ganja airport to get a new terminal", list: "Latest news", publishedAt: "2026-02-12T08:10:00+04:00", url: "https://news.example.az/news/ganja-airport-new-terminal" },
      { title: "Flood warning on the Kura river", list: "Latest news", publishedAt: "2026-02-11T22:45:00+04:00", url: "https://news.example.az/news/kura-river-flood-warning" },
    ]);
  });

  it("answers a question from a section and one from a headline", () => {
    expect(topAnswer(corpus, "who built the new trams for Ganja?")).toMatchObject({ kind: "section", section: "Trams from the Czech Republic" });
    expect(topAnswer(corpus, "kura flood")).toMatchObject({ kind: "headline", headline: "Flood warning on the Kura river" });
  });
});

describe("an HTML page without an article", () => {
  it.each(["home-page.html", "not-found.html", "login-wall.html", "front-page.html"])("refuses %s: no article in it", async (name) => {
    expect(refusal(await readFile(fixture(`bad/${name}`), "utf8"))).toBe(CORPUS_ERRORS.noArticle);
  });

  it("refuses an article whose title is nowhere: no metadata, no <title>, no h1", async () => {
    expect(refusal(await readFile(fixture("bad/no-title.html"), "utf8"))).toBe(CORPUS_ERRORS.noTitle);
  });

  it("refuses markup that is not a page at all, without throwing anything else", () => {
    expect(refusal("<<<>>> </div></p><p")).toBe(CORPUS_ERRORS.noArticle);
  });
});

describe("an HTML page's byline", () => {
  const page = (byline: string) => `<!doctype html><html lang="en"><head><title>Ganja opens its tram line</title><meta property="og:type" content="article"></head><body>
<article><h1>Ganja opens its first tram line</h1>${byline}
<p>The city of Ganja opened a tram line of eleven kilometres on Monday, linking the railway station with the old town.</p>
<p>The line has fourteen stops and was built in two years by a Turkish contractor, the mayor's office said at the opening.</p>
<h2>Fares</h2><p>A ride costs forty qapik, and the trams run every eight minutes from six in the morning until midnight.</p>
<p>Passengers pay with the same card as on the city's buses, and children under seven ride free of charge.</p></article>
<aside><h3>Read also</h3><ul>
<li class="author-pick"><a href="/en/post/shamkir-bridge">Shamkir bridge reopens after repairs</a> <time datetime="2026-03-13T10:00:00+04:00">13 March 2026</time></li>
</ul></aside></body></html>`;
  const headlinesOf = (byline: string) => parseHtml(page(byline), OPTIONS).headlines.map((headline) => headline.title);
  const DATE = `<time datetime="2026-03-14T16:20:00+04:00">14 March 2026, 16:20</time>`;

  it("gives no headline for the author's link beside the article's date, however the template marks it", () => {
    expect(headlinesOf(`<div class="byline">By <a href="/authors/farid-mammadov">Farid Mammadov</a> · ${DATE}</div>`)).toEqual(["Shamkir bridge reopens after repairs"]);
    expect(headlinesOf(`<div class="meta"><a rel="author" href="/authors/farid-mammadov">Farid Mammadov</a> ${DATE}</div>`)).toEqual(["Shamkir bridge reopens after repairs"]);
    expect(headlinesOf(`<div class="meta"><span class="post-author"><a href="/authors/farid-mammadov">Farid Mammadov</a></span> ${DATE}</div>`)).toEqual(["Shamkir bridge reopens after repairs"]);
    expect(headlinesOf(`<p>By <a href="/authors/farid-mammadov">Farid Mammadov</a> · ${DATE}</p>`)).toEqual(["Shamkir bridge reopens after repairs"]);
  });

  it("keeps a dated link whose entry only names an author in passing", () => {
    expect(headlinesOf(`<p><a href="/en/post/interview">Interview with the tram's designers</a> by Farid Mammadov · ${DATE}</p>`)).toEqual([
      "Interview with the tram's designers",
      "Shamkir bridge reopens after repairs",
    ]);
  });
});

describe("an HTML page's photo captions", () => {
  const page = (picture: string) => `<!doctype html><html lang="en"><head><title>Ganja opens its tram line</title><meta property="og:type" content="article"></head><body>
<article><h1>Ganja opens its first tram line</h1>${picture}
<div class="entry-content"><p>The city of Ganja opened a tram line of eleven kilometres on Monday, linking the railway station with the old town.</p>
<p>The line has fourteen stops and was built in two years by a Turkish contractor, the mayor's office said at the opening.</p>
<h2>Fares</h2><p>A ride costs forty qapik, and the trams run every eight minutes from six in the morning until midnight.</p>
<p>Passengers pay with the same card as on the city's buses, and children under seven ride free of charge.</p></div></article></body></html>`;
  const leadOf = (picture: string) => parseHtml(page(picture), OPTIONS).articles[0]!.sections[0]!.paragraphs;

  it("keeps a caption beside the picture out of the lead, whether a figcaption or a template's caption class", () => {
    const lead = ["The city of Ganja opened a tram line of eleven kilometres on Monday, linking the railway station with the old town."];
    expect(leadOf(`<figure><img src="/tram.jpg" alt=""><figcaption>The first tram at the station. Photo: Caliber.Az</figcaption></figure>`)[0]).toBe(lead[0]);
    expect(leadOf(`<div class="post-thumbnail"><img src="/tram.jpg" alt=""><span class="wp-caption-text">The first tram at the station. Photo: Caliber.Az</span></div>`)[0]).toBe(lead[0]);
  });
});

describe("an HTML page that describes its article in microdata, with its links in a flat list", () => {
  const page = `<!doctype html><html lang="en"><head><title>Ganja opens its tram line</title>
<meta name="description" content="The city of Ganja opened a tram line of eleven kilometres on Monday, linking the station with the old town.">
</head><body>
<article itemscope itemtype="https://schema.org/NewsArticle">
<a href="/en/society" itemprop="articleSection">Society</a>
<h1 itemprop="headline">Ganja opens its first tram line</h1>
<p itemprop="alternativeHeadline">The line links the railway station with the old town, and a second one is to follow by 2028</p>
<div>Text: <span itemprop="author" itemscope itemtype="https://schema.org/Person"><span itemprop="name">Farid Mammadov</span></span>
<time itemprop="datePublished" datetime="2026-03-14T16:20:00+04:00">March 14, 2026 · 16:20</time></div>
<div itemprop="publisher" itemscope itemtype="https://schema.org/NewsMediaOrganization"><meta itemprop="name" content="Caliber.Az"></div>
<div itemprop="articleBody"><p>The city of Ganja opened a tram line of eleven kilometres on Monday, linking the railway station with the old town.</p>
<p>The line has fourteen stops and was built in two years by a Turkish contractor, the mayor's office said at the opening.</p>
<h2>Fares</h2><p>A ride costs forty qapik, and the trams run every eight minutes from six in the morning until midnight.</p>
<p>Passengers pay with the same card as on the city's buses, and children under seven ride free of charge.</p></div></article>
<div class="cards"><div class="cards-title">Read also</div>
<a class="card" href="/en/post/shamkir-bridge"><h3>Shamkir bridge reopens after repairs</h3></a><time datetime="2026-03-13T10:00:00+04:00">March 13, 2026 · 10:00</time>
<a class="card" href="/en/post/lankaran-tea"><h3>Lankaran tea harvest starts early</h3></a><time datetime="2026-03-13T09:40:00+04:00">March 13, 2026 · 09:40</time>
<a class="more" href="/en/news">All news</a></div>
</body></html>`;
  const corpus = parseHtml(page, { ...OPTIONS, url: "https://caliber.az/en/post/ganja-tram" });

  it("takes the header from the article's own properties: subtitle, the author's name without the byline's word, rubric, date", () => {
    expect(corpus.articles[0]).toMatchObject({
      title: "Ganja opens its first tram line",
      subtitle: "The line links the railway station with the old town, and a second one is to follow by 2028",
      author: "Farid Mammadov",
      category: "Society",
      publishedAt: "2026-03-14T16:20:00+04:00",
    });
  });

  it("reads a byline's name after the word a template opens it with", () => {
    expect(authorFromByline("Text: Farid Mammadov")).toBe("Farid Mammadov");
    expect(authorFromByline("Words: Farid Mammadov")).toBe("Farid Mammadov");
  });

  it("reads each link of a flat list with the time right after it, under the list's heading", () => {
    expect(corpus.headlines.map(({ title, list, publishedAt }) => ({ title, list, publishedAt }))).toEqual([
      { title: "Shamkir bridge reopens after repairs", list: "Read also", publishedAt: "2026-03-13T10:00:00+04:00" },
      { title: "Lankaran tea harvest starts early", list: "Read also", publishedAt: "2026-03-13T09:40:00+04:00" },
    ]);
  });
});

describe("an HTML page rendered by React, its attributes written with capitals", () => {
  const page = `<!doctype html><html lang="en"><head><title>Azersky-2 reaches orbit | Caliber.Az</title><meta property="og:type" content="article"></head><body><main>
<article><h1>Azersky-2 reaches orbit</h1><p>The satellite was launched from California on a Falcon 9 rocket on Wednesday night.</p>
<p>Its first signal was picked up at 05:02 by a ground station near Baku, the agency said, and all its systems were working.</p>
<p><strong>Fifty centimetres from orbit</strong></p><p>The satellite carries a telescope that can pick out objects half a metre across from an altitude of 620 kilometres.</p>
<p>This makes it possible to take pictures of any point in the country at least once a day, the agency's chairman said at the launch.</p></article>
<aside><section><h2>Latest news</h2><ul>
<li><a href="/en/culture/gobustan-shelter"><span>Roman inscription in Gobustan to get a shelter</span></a><time dateTime="2026-07-08T04:44:00.000Z">08:44</time></li>
<li><a href="/en/society/ganja-buses"><span>First electric buses start work in Ganja</span></a><time dateTime="2026-07-08T05:58:00.000Z">09:58</time></li>
</ul></section></aside></main></body></html>`;

  it("reads a link's date from `dateTime`, as a browser reads `datetime`", () => {
    const corpus = parseHtml(page, { ...OPTIONS, url: "https://caliber.az/en/tech/azersky-2" });
    expect(corpus.headlines.map(({ title, list, publishedAt }) => ({ title, list, publishedAt }))).toEqual([
      { title: "Roman inscription in Gobustan to get a shelter", list: "Latest news", publishedAt: "2026-07-08T08:44:00+04:00" },
      { title: "First electric buses start work in Ganja", list: "Latest news", publishedAt: "2026-07-08T09:58:00+04:00" },
    ]);
  });
});

describe("an HTML page's standfirst", () => {
  const page = (standfirst: string) => `<!doctype html><html lang="en"><head><title>Ganja opens its tram line</title><meta property="og:type" content="article">
<meta name="description" content="The city of Ganja opened a tram line of eleven kilometres on Monday."></head><body>
<article><h1>Ganja opens its first tram line</h1>${standfirst}
<p>The city of Ganja opened a tram line of eleven kilometres on Monday, linking the railway station with the old town.</p>
<p>The line has fourteen stops and was built in two years by a Turkish contractor, the mayor's office said at the opening.</p>
<h2>Fares</h2><p>A ride costs forty qapik, and the trams run every eight minutes from six in the morning until midnight.</p>
<p>Passengers pay with the same card as on the city's buses, and children under seven ride free of charge.</p></article></body></html>`;
  const subtitleOf = (standfirst: string) => parseHtml(page(standfirst), OPTIONS).articles[0]!.subtitle;
  const LONG = "The eleven-kilometre line has fourteen stops, new Czech trams and a depot by the station, and a second line is to follow by 2028";

  it("is the element the template names as one, though it runs longer than a heading", () => {
    expect(subtitleOf(`<div class="field field--name-field-subtitle">${LONG}</div>`)).toBe(LONG);
  });

  it("is a line after the title only when it is as short as a heading", () => {
    expect(subtitleOf(`<p>Fourteen stops from the station to the old town</p>`)).toBe("Fourteen stops from the station to the old town");
    expect(subtitleOf(`<p>${LONG}</p>`)).toBeNull();
  });
});
