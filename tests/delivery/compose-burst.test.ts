import { DELIVERY_TEXTS } from "../support/texts.js";
import { describe, expect, it } from "vitest";
import { composeBurst, type BurstRow } from "../../src/delivery/compose-burst.js";
import { composePush } from "../../src/delivery/compose-push.js";
import { visibleLength } from "../../src/format/html.js";
import type { StoredItem } from "../../src/store/types.js";
import { CORRIDOR, IRAQ, JAPAN, headline } from "../store/fixtures/headlines.js";

const stored = (item: Omit<StoredItem, "id" | "source" | "seenAt">, id: number): StoredItem => ({
  ...item,
  id,
  source: "corpus",
  seenAt: 0,
});

/** A queued push row for the item, composed as fan-out composes it. */
function row(item: Omit<StoredItem, "id" | "source" | "seenAt">, id: number, followQuery: string | null = null): BurstRow {
  const message = composePush(stored(item, id), { texts: DELIVERY_TEXTS, timezone: "Asia/Baku", followQuery, explainable: true });
  return { id: 100 + id, itemId: id, text: message.text, buttons: message.buttons, entry: message.entry };
}

const note = (id: number, text: string): BurstRow => ({ id, itemId: null, text, buttons: [], entry: text });

describe("one message for a reader's waiting pushes", () => {
  it("lists each item numbered and linked, with an Explain button per number and a follow's reason", () => {
    const message = composeBurst([row(JAPAN, 1), row(IRAQ, 2), row(CORRIDOR, 3, "Zangezur corridor")], { texts: DELIVERY_TEXTS, maxItems: 10 });
    expect(message.rowIds).toEqual([101, 102, 103]);
    expect(message.text.split("\n")).toEqual([
      "<b>3 new headlines</b>",
      "",
      `1. <a href="https://caliber.az/en/post/japan-battles-to-persuade-big-brands">${JAPAN.title}</a>`,
      "28 Mar 2023, 06:01",
      "",
      `2. <a href="https://caliber.az/en/post/iraqs-ambition-to-match-saudi-oil-output">Iraq's ambition to match Saudi oil output is out of reach</a>`,
      "28 Mar 2023, 00:30",
      "",
      `3. <b>${CORRIDOR.title}</b>`,
      "28 Mar 2023, 07:15",
      "<i>You follow “Zangezur corridor”</i>",
    ]);
    expect(message.buttons).toEqual([
      { kind: "explain", itemId: 1, number: 1 },
      { kind: "explain", itemId: 2, number: 2 },
      { kind: "explain", itemId: 3, number: 3 },
    ]);
  });

  it("sends a single waiting push as it was composed", () => {
    const only = row(JAPAN, 1);
    expect(composeBurst([only], { texts: DELIVERY_TEXTS, maxItems: 10 })).toEqual({ rowIds: [101], text: only.text, buttons: only.buttons });
  });

  it("puts the notes after the items, unnumbered", () => {
    const message = composeBurst([row(JAPAN, 1), note(7, "<i>4 more new headlines: see /latest</i>"), row(IRAQ, 2)], {
      texts: DELIVERY_TEXTS,
      maxItems: 10,
    });
    expect(message.rowIds).toEqual([101, 102, 7]);
    expect(message.text.split("\n\n").at(-1)).toBe("<i>4 more new headlines: see /latest</i>");
    expect(message.buttons.map((button) => button.number)).toEqual([1, 2]);
  });

  it("leaves items past maxItems, or past Telegram's limit, for the reader's next message", () => {
    const rows = Array.from({ length: 12 }, (_, i) => row(headline(`Headline number ${i + 1} of the day`), i + 1));
    expect(composeBurst(rows, { texts: DELIVERY_TEXTS, maxItems: 10 }).rowIds).toEqual(rows.slice(0, 10).map((r) => r.id));

    const long = Array.from({ length: 40 }, (_, i) => row(headline(`${"A long headline ".repeat(12)}${i + 1}`), i + 1));
    const messages = [];
    for (let left = long; left.length > 0; ) {
      const message = composeBurst(left, { texts: DELIVERY_TEXTS, maxItems: 100 });
      messages.push(message);
      left = left.slice(message.rowIds.length);
    }
    expect(messages.length).toBeGreaterThan(1);
    expect(messages.flatMap((message) => message.rowIds)).toEqual(long.map((r) => r.id));
    for (const message of messages) expect(visibleLength(message.text)).toBeLessThanOrEqual(4096);
  });
});
