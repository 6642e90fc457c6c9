import { describe, expect, test } from "vitest";
import { FeedParseError, parseFeedItems } from "../../src/sources/feed-items.js";
import { FEED_DEFAULTS } from "../../src/sources/defaults.js";
import { FEED_ERRORS } from "../../src/sources/texts.js";

const options = {
  feedUrl: "https://caliber.example/rss/region",
  foundAt: new Date("2023-03-28T08:00:00Z"),
  maxItems: FEED_DEFAULTS.maxItems,
  maxTitleLength: FEED_DEFAULTS.maxTitleLength,
  maxSubtitleLength: FEED_DEFAULTS.maxSubtitleLength,
};

function rss(items: string, title = "Region"): string {
  return `<?xml version="1.0"?><rss version="2.0"><channel><title>${title}</title><link>https://caliber.example/</link><description>d</description>${items}</channel></rss>`;
}

describe("feed items", () => {
  test("a description becomes one plain, short subtitle line: tags gone, entities decoded", () => {
    const long = "Officials said ".repeat(30);
    const { items } = parseFeedItems(
      rss(`
        <item><title>Baku &amp;amp; Yerevan &lt;b&gt;agree&lt;/b&gt;</title><link>https://caliber.example/a</link>
          <description><![CDATA[<div><img src="x.jpg"><p>Talks&nbsp;resume &#8212; &ldquo;soon&rdquo; &amp; quietly.</p><script>alert(1)</script><p>Second paragraph.</p></div>]]></description></item>
        <item><title>Long one</title><link>https://caliber.example/b</link><description>${long}</description></item>`),
      options,
    );
    expect(items[0]).toMatchObject({ title: "Baku & Yerevan agree", subtitle: "Talks resume — “soon” & quietly." });
    expect(items[1]?.subtitle?.length).toBeLessThanOrEqual(FEED_DEFAULTS.maxSubtitleLength);
    expect(items[1]?.subtitle?.endsWith("…")).toBe(true);
  });

  test("a description that only repeats the title gives no subtitle; an item without a title takes the description's first line", () => {
    const { items } = parseFeedItems(
      rss(`
        <item><title>Azerbaijani MPs to visit Israel</title><link>https://caliber.example/mps</link><description>Azerbaijani MPs to visit Israel</description></item>
        <item><link>https://caliber.example/untitled</link><description>&lt;p&gt;Germany to buy 28 howitzers&lt;/p&gt;&lt;p&gt;More later&lt;/p&gt;</description></item>
        <item><link>https://caliber.example/empty</link></item>`),
      options,
    );
    expect(items.map((item) => [item.title, item.subtitle])).toEqual([
      ["Azerbaijani MPs to visit Israel", null],
      ["Germany to buy 28 howitzers", "More later"],
    ]);
  });

  test("links resolve against the feed, fall back to a permalink guid, and are dropped unless http(s)", () => {
    const { items } = parseFeedItems(
      rss(`
        <item><title>Relative</title><link>/region/relative</link></item>
        <item><title>Guid</title><guid>https://caliber.example/region/guid</guid></item>
        <item><title>Not a permalink</title><guid isPermaLink="false">caliber-1</guid></item>
        <item><title>Script</title><link>javascript:alert(1)</link></item>`),
      options,
    );
    expect(items.map((item) => item.url)).toEqual([
      "https://caliber.example/region/relative",
      "https://caliber.example/region/guid",
      null,
      null,
    ]);
  });

  test("dates keep the feed's offset; an item without a usable date gets the time it was found", () => {
    const { items } = parseFeedItems(
      rss(`
        <item><title>A</title><pubDate>Tue, 28 Mar 2023 10:05:00 +0400</pubDate></item>
        <item><title>B</title><pubDate>28 Mar 2023 06:05 GMT</pubDate></item>
        <item><title>C</title><pubDate>yesterday</pubDate></item>
        <item><title>D</title></item>`),
      options,
    );
    expect(items.map((item) => item.publishedAt)).toEqual([
      "2023-03-28T10:05:00+04:00",
      "2023-03-28T06:05:00+00:00",
      "2023-03-28T08:00:00+00:00",
      "2023-03-28T08:00:00+00:00",
    ]);
  });

  test("an Atom title in plain text keeps its angle brackets; one marked html is stripped", () => {
    const atom = `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Desk</title><id>x</id><updated>2023-03-28T08:00:00Z</updated>
      <entry><title type="text">Why 3 &lt;b&gt; tags matter</title><id>1</id><updated>2023-03-28T07:00:00Z</updated></entry>
      <entry><title type="html">&lt;b&gt;Bold&lt;/b&gt; move</title><id>2</id><updated>2023-03-28T07:00:00+02:00</updated></entry></feed>`;
    const { title, items } = parseFeedItems(atom, options);
    expect(title).toBe("Desk");
    expect(items.map((item) => [item.title, item.publishedAt])).toEqual([
      ["Why 3 <b> tags matter", "2023-03-28T07:00:00+00:00"],
      ["Bold move", "2023-03-28T07:00:00+02:00"],
    ]);
  });

  test("a feed without a title is filed under its host", () => {
    const { items } = parseFeedItems(rss(`<item><title>A</title></item>`, ""), options);
    expect(items[0]?.list).toBe("caliber.example");
  });

  test("malformed XML, a web page and a JSON feed are refused with their reasons", () => {
    const reason = (text: string) => {
      try {
        parseFeedItems(text, options);
        return null;
      } catch (error) {
        return error instanceof FeedParseError ? error.message : "unexpected";
      }
    };
    expect(reason(`<rss version="2.0"><channel><title>x</title><item><title>a</item></channel>`)).toBe(FEED_ERRORS.malformed);
    expect(reason(`<html><body><p>Not here</p></body></html>`)).toBe(FEED_ERRORS.notAFeed);
    expect(reason(JSON.stringify({ version: "https://jsonfeed.org/version/1.1", title: "J", items: [] }))).toBe(
      FEED_ERRORS.unsupportedFormat("JSON"),
    );
  });
});
