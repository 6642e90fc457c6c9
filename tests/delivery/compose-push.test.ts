import { AZERBAIJANI_DELIVERY_TEXTS, DELIVERY_TEXTS, RUSSIAN_DELIVERY_TEXTS } from "../support/texts.js";
import { describe, expect, it } from "vitest";
import { composePush } from "../../src/delivery/compose-push.js";
import type { StoredItem } from "../../src/store/types.js";
import { headline, IRAQ, section } from "../store/fixtures/headlines.js";

const stored = (item: ReturnType<typeof headline>, id = 42): StoredItem => ({ ...item, id, source: "corpus", seenAt: 0 });

describe("a pushed headline", () => {
  it("shows the title in bold, the subtitle, the date in the reader's zone and a link, never the page's list name", () => {
    const message = composePush(stored(IRAQ), { texts: DELIVERY_TEXTS, timezone: "Europe/Berlin", explainable: true });
    expect(message.text).toBe(
      [
        "<b>Iraq's ambition to match Saudi oil output is out of reach</b>",
        "<i>Analysis by Reuters</i>",
        "27 Mar 2023, 22:30",
        '<a href="https://caliber.az/en/post/iraqs-ambition-to-match-saudi-oil-output">Read on the site</a>',
      ].join("\n"),
    );
    expect(message.buttons).toEqual([{ kind: "explain", itemId: 42 }]);
  });

  it("names the feed a headline came from", () => {
    const fromFeed: StoredItem = { ...stored(headline("Tensions rise", { list: "Caucasus Watch" })), source: "feed:https://example.com/rss" };
    expect(composePush(fromFeed, { texts: DELIVERY_TEXTS, timezone: "Asia/Baku", explainable: true }).text).toContain("28 Mar 2023, 06:01 · Caucasus Watch");
  });

  it("offers Explain only when an article explains the headline", () => {
    expect(composePush(stored(IRAQ), { texts: DELIVERY_TEXTS, timezone: "Asia/Baku", explainable: false }).buttons).toEqual([]);
  });

  it("escapes the site's text and shows its tag", () => {
    const item = headline('EU ready to support Egypt in curbing "illegal immigration" <official>', {
      tag: "UPDATED",
      url: "https://caliber.az/en/post/eu?a=1&b=2",
    });
    const text = composePush(stored(item), { texts: DELIVERY_TEXTS, timezone: "Asia/Baku", explainable: true }).text;
    expect(text).toContain(
      "<b>EU ready to support Egypt in curbing &quot;illegal immigration&quot; &lt;official&gt;</b> · <i>UPDATED</i>",
    );
    expect(text).toContain('href="https://caliber.az/en/post/eu?a=1&amp;b=2"');
    expect(text).toContain("28 Mar 2023, 06:01");
  });

  it("never links anything but a web page", () => {
    const item = stored(headline("Tensions rise", { url: "javascript:alert(1)" }));
    const text = composePush(item, { texts: DELIVERY_TEXTS, timezone: "Asia/Baku", explainable: true }).text;
    expect(text).not.toContain("<a");
  });

  it("shows a new article's section under the article's title", () => {
    const text = composePush(stored(section("Iran’s growing paranoia toward Azerbaijan", "Mounting tensions")), {
      texts: DELIVERY_TEXTS,
      timezone: "Asia/Baku",
      followQuery: "Iran paranoia",
      explainable: true,
    }).text;
    expect(text.split("\n")).toEqual([
      "<b>Iran’s growing paranoia toward Azerbaijan</b>",
      "New section: Mounting tensions",
      "27 Jan 2023, 14:27 · REGION",
      "<i>You follow “Iran paranoia”</i>",
    ]);
  });
});

describe("a push to a Russian or Azerbaijani reader", () => {
  it("is worded and dated in the reader's language, the headline and its rubric in their own", () => {
    const message = composePush(stored(IRAQ), { texts: RUSSIAN_DELIVERY_TEXTS, timezone: "Asia/Baku", explainable: true, followQuery: "Iraq oil" });
    const lines = message.text.split("\n");
    expect(lines[0]).toBe("<b>Iraq's ambition to match Saudi oil output is out of reach</b>");
    expect(lines).toContain("28 мар. 2023 г., 00:30");
    expect(lines).toContain('<a href="https://caliber.az/en/post/iraqs-ambition-to-match-saudi-oil-output">Читать на сайте</a>');
    expect(lines.at(-1)).toBe("<i>Вы следите за «Iraq oil»</i>");
    const article = "Iran’s growing paranoia toward Azerbaijan";
    const rubric = composePush(stored(section(article, article)), { texts: AZERBAIJANI_DELIVERY_TEXTS, timezone: "Asia/Baku", explainable: false });
    expect(rubric.text).toContain("27 yan 2023, 14:27 · REGION");
  });

  it("names an article with no rubric in the reader's language", () => {
    const article = "Iran’s growing paranoia toward Azerbaijan";
    const unfiled = stored(section(article, article, { list: "Articles" }));
    expect(composePush(unfiled, { texts: RUSSIAN_DELIVERY_TEXTS, timezone: "Asia/Baku", explainable: false }).text).toContain(" · Статьи");
    expect(composePush(unfiled, { texts: DELIVERY_TEXTS, timezone: "Asia/Baku", explainable: false }).text).toContain(" · Articles");
  });
});
