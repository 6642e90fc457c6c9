import { AZERBAIJANI_DELIVERY_TEXTS, DELIVERY_TEXTS, RUSSIAN_DELIVERY_TEXTS } from "../support/texts.js";
import { describe, expect, it } from "vitest";
import { composeDigest } from "../../src/delivery/compose-digest.js";
import { MESSAGE_LIMIT, visibleLength } from "../../src/format/html.js";
import type { SourceItem } from "../../src/core/items.js";
import type { StoredItem } from "../../src/store/types.js";
import { CORRIDOR, EARLIER_HEADLINES, headline, IRAQ, JAPAN, section } from "../store/fixtures/headlines.js";

let nextId = 1;
const stored = (item: SourceItem): StoredItem => ({ ...item, id: nextId++, source: "corpus", seenAt: 0 });
const morning = Date.parse("2023-03-28T04:00:00Z"); // 08:00 in Baku

describe("a daily digest", () => {
  it("lists headlines newest first, a page's lists as one group (their names stay internal), times in the reader's zone", () => {
    const items = [...EARLIER_HEADLINES, IRAQ, CORRIDOR, JAPAN].map(stored);
    const [digest, ...more] = composeDigest(items, { texts: DELIVERY_TEXTS, timezone: "Asia/Baku", at: morning });
    expect(more).toEqual([]);
    expect(digest!.split("\n")).toEqual([
      "<b>Your digest for Tuesday 28 March</b>",
      "6 new headlines",
      "",
      "<b>More news</b>",
      "• 07:15 Azerbaijan and Armenia discuss the Zangezur corridor in Brussels",
      '• 06:01 <a href="https://caliber.az/en/post/japan-battles-to-persuade-big-brands">Japan battles to persuade big brands to help with military expansion</a>',
      `• 00:30 <a href="https://caliber.az/en/post/iraqs-ambition-to-match-saudi-oil-output">Iraq's ambition to match Saudi oil output is out of reach</a>`,
      '• 27 Mar 22:10 <a href="https://caliber.az/en/post/israeli-embassy-in-azerbaijan-resumes-work">Israeli embassy in Azerbaijan resumes work</a> · <i>UPDATED</i>',
      "• 27 Mar 21:00 Poland to boost ammunition production",
      '• 27 Mar 20:36 <a href="https://caliber.az/en/post/iran-says-ready-to-join-second-3-3-format-meeting">Iran says ready to join second &quot;3+3&quot; format meeting on South Caucasus</a>',
    ]);
  });

  it("shows times in another reader's zone", () => {
    const [digest] = composeDigest([stored(JAPAN)], { texts: DELIVERY_TEXTS, timezone: "Europe/Berlin", at: morning });
    expect(digest).toContain("Your digest for Tuesday 28 March");
    expect(digest).toContain("• 04:01 <a");
  });

  it("lists a new article once, not once per section", () => {
    const article = "Iran’s growing paranoia toward Azerbaijan";
    const items = [section(article, article), section(article, "Mounting tensions")].map(stored);
    const [digest] = composeDigest(items, { texts: DELIVERY_TEXTS, timezone: "Asia/Baku", at: morning });
    expect(digest).toContain("1 new headline\n");
    expect(digest).toContain("<b>REGION</b>\n• 27 Jan 14:27 Iran’s growing paranoia toward Azerbaijan");
  });

  it("sends nothing when nothing is new", () => {
    expect(composeDigest([], { texts: DELIVERY_TEXTS, timezone: "Asia/Baku", at: morning })).toEqual([]);
  });

  it("splits a long digest into messages under Telegram's limit without cutting a headline", () => {
    const items = Array.from({ length: 150 }, (_, index) =>
      stored(
        headline(`Headline number ${index} about the talks on the Zangezur corridor and regional transport links`, {
          publishedAt: new Date(morning - index * 60_000).toISOString(),
          url: `https://caliber.az/en/post/headline-${index}`,
          list: index % 2 === 0 ? "Latest news" : "Read also",
        }),
      ),
    );
    const messages = composeDigest(items, { texts: DELIVERY_TEXTS, timezone: "Asia/Baku", at: morning });
    expect(messages.length).toBeGreaterThan(1);
    for (const message of messages) expect(visibleLength(message)).toBeLessThanOrEqual(MESSAGE_LIMIT);
    const all = messages.join("\n");
    for (let index = 0; index < 150; index++) expect(all).toContain(`>Headline number ${index} about`);
    expect(messages[1]).toMatch(/^<i>part 2 of \d+<\/i>\n\n<b>More news<\/b>/);
  });
});

describe("a Russian or Azerbaijani reader's digest", () => {
  it("is worded and dated in the reader's language, the headlines in their own", () => {
    const items = [IRAQ, CORRIDOR, JAPAN, ...EARLIER_HEADLINES.slice(0, 2)].map(stored);
    const [digest] = composeDigest(items, { texts: RUSSIAN_DELIVERY_TEXTS, timezone: "Asia/Baku", at: morning });
    const lines = digest!.split("\n");
    expect(lines.slice(0, 4)).toEqual(["<b>Ваш дайджест за вторник, 28 марта</b>", "5 новых заголовков", "", "<b>Другие новости</b>"]);
    expect(lines[4]).toBe("• 07:15 Azerbaijan and Armenia discuss the Zangezur corridor in Brussels");
    expect(lines.at(-1)).toMatch(/^• 27 мар\. 2\d:\d\d /);
    const [azDigest] = composeDigest([stored(JAPAN)], { texts: AZERBAIJANI_DELIVERY_TEXTS, timezone: "Asia/Baku", at: morning });
    expect(azDigest!.split("\n").slice(0, 2)).toEqual(["<b>28 mart, çərşənbə axşamı üçün icmalınız</b>", "1 yeni başlıq"]);
  });
});
