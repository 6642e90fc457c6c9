import { describe, expect, it } from "vitest";
import type { Corpus, Headline } from "../../src/corpus/types.js";
import { refusedCalls, startHarness, useHarness } from "./helpers/harness.js";

interface Result {
  type: string;
  id: string;
  title: string;
  description: string;
  input_message_content: { message_text: string; parse_mode: string };
}

describe("inline mode", () => {
  const h = useHarness();

  const answerTo = async (id: string) => {
    const call = await h.emu.waitForCall("answerInlineQuery", (c) => c.params.inline_query_id === id);
    return { results: call.params.results as Result[], nextOffset: String(call.params.next_offset ?? "") };
  };

  it("answers a question with the answers: title, excerpt as description, the formatted answer to send", async () => {
    const alice = h.emu.user();
    const query = alice.inline("Why did Azerbaijan detain 19 people?");
    const { results, nextOffset } = await answerTo(query.id);
    expect(results.length).toBeGreaterThan(0);
    const [best] = results;
    expect(best!.type).toBe("article");
    expect(best!.title).toBe("Azerbaijan’s response to Iranian assertiveness");
    expect(best!.description).toMatch(/^Iran’s growing paranoia toward Azerbaijan · Azerbaijan also detained 19 people/);
    expect(best!.input_message_content.parse_mode).toBe("HTML");
    expect(best!.input_message_content.message_text).toMatch(/^<b>Azerbaijan’s response to Iranian assertiveness<\/b>\n/);
    expect(best!.input_message_content.message_text).toContain("<b>detained 19 people</b>");
    expect(nextOffset).toBe("");

    const sent = alice.chooseInlineResult(query.id, best!.id);
    expect(h.emu.renderedText(sent)).toMatch(/^Azerbaijan’s response to Iranian assertiveness\n/);
    await h.emu.idle();
    // The answer the reader sent through the bot is not taken for a new question.
    expect(h.emu.messages(alice.id).filter((m) => !m.via_bot)).toHaveLength(0);
  });

  it("gives the latest headlines for an empty query, 20 a page through next_offset", async () => {
    const bob = h.emu.user();
    const page1 = await answerTo(bob.inline("").id);
    expect(page1.results).toHaveLength(20);
    expect(page1.results[0]!.title).toBe("Japan battles to persuade big brands to help with military expansion");
    expect(page1.results[0]!.description).toBe("28 Mar 2023, 06:01");
    expect(page1.nextOffset).toBe("20");
    const page2 = await answerTo(bob.inline("", page1.nextOffset).id);
    expect(page2.results).toHaveLength(20);
    expect(page2.nextOffset).toBe("40");
    const page3 = await answerTo(bob.inline("", page2.nextOffset).id);
    // 48 headlines and the page's own article, the oldest of all.
    expect(page3.results).toHaveLength(9);
    expect(page3.results.at(-1)!.title).toBe("Iran’s growing paranoia toward Azerbaijan");
    expect(page3.nextOffset).toBe("");
    const ids = [...page1.results, ...page2.results, ...page3.results].map((r) => r.id);
    expect(new Set(ids).size).toBe(49);
    for (const id of ids) expect(Buffer.byteLength(id)).toBeLessThanOrEqual(64);
  });
});

describe("inline answers to a question with many answers", () => {
  it("page 20 at a time, and stop at Telegram's 50", async () => {
    const headlines: Headline[] = Array.from({ length: 70 }, (_, i) => ({
      id: `h${i}`,
      title: `Pipeline news number ${i + 1}`,
      tag: null,
      subtitle: null,
      publishedAt: new Date(Date.UTC(2023, 2, 1, 0, i)).toISOString(),
      list: "Latest news",
      url: null,
      language: "en",
    }));
    const corpus: Corpus = { articles: [], headlines };
    const h = await startHarness({ corpus });
    try {
      const carol = h.emu.user();
      const seen: string[] = [];
      let offset = "";
      for (const expected of [20, 20, 10]) {
        const query = carol.inline("pipeline news", offset);
        const call = await h.emu.waitForCall("answerInlineQuery", (c) => c.params.inline_query_id === query.id);
        expect(call.params.results).toHaveLength(expected);
        seen.push(...call.params.results.map((r: Result) => r.title));
        offset = String(call.params.next_offset ?? "");
      }
      expect(offset).toBe("");
      expect(new Set(seen).size).toBe(50);
      expect(refusedCalls(h.emu)).toEqual([]);
    } finally {
      await h.stop();
    }
  });
});

describe("inline answers from a reprinted article", () => {
  it("are distinct, and each names its article", async () => {
    const reprint = (id: string, file: string) => ({
      id,
      title: "The Caspian ferry line",
      subtitle: null,
      author: null,
      category: "ECONOMY",
      publishedAt: "2023-03-01T10:00:00+04:00",
      url: null,
      language: "en" as const,
      sections: [{ heading: "Ferry capacity", paragraphs: ["Each new ferry on the Caspian line will carry up to 56 rail wagons."] }],
      file,
    });
    const other = {
      ...reprint("caspian-ports", "ports.txt"),
      title: "Ports of the Caspian",
      sections: [{ heading: "Rail wagons at Alat", paragraphs: ["The port of Alat loads rail wagons onto every ferry that calls."] }],
    };
    const corpus: Corpus = {
      articles: [reprint("ferry-line", "ferry.txt"), reprint("ferry-line-rescraped", "ferry-again.txt"), other],
      headlines: [],
    };
    const h = await startHarness({ corpus });
    try {
      const erin = h.emu.user();
      const query = erin.inline("ferry rail wagons");
      const call = await h.emu.waitForCall("answerInlineQuery", (c) => c.params.inline_query_id === query.id);
      const results = call.params.results as Result[];
      expect(results.map((r) => r.title).sort()).toEqual(["Ferry capacity", "Rail wagons at Alat"]);
      const byTitle = new Map(results.map((r) => [r.title, r.description]));
      expect(byTitle.get("Ferry capacity")).toMatch(/^The Caspian ferry line · Each new ferry/);
      expect(byTitle.get("Rail wagons at Alat")).toMatch(/^Ports of the Caspian · The port of Alat/);
      expect(refusedCalls(h.emu)).toEqual([]);
    } finally {
      await h.stop();
    }
  });
});
