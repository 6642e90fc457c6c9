import { describe, expect, it } from "vitest";
import { TEXTS } from "../support/texts.js";
import type { Answer, SearchEngine } from "../../src/search/types.js";
import { buttonsOf, useHarness } from "./helpers/harness.js";

/** The real engine, with every second answer marked as related coverage; the last results it gave are kept. */
function everySecondRelated(engine: SearchEngine, seen: { results: Answer[] }): SearchEngine {
  return {
    wordShares: (text) => engine.wordShares(text),
    search(question, options) {
      seen.results = engine.search(question, options).map((a, i): Answer => (i % 2 === 1 ? { ...a, match: "related" } : a));
      return seen.results;
    },
  };
}

describe("related coverage", () => {
  const h = useHarness();

  it("says what our articles don't give, then the closest passage, without More answers", async () => {
    const alice = h.emu.user();
    alice.send("What is the population of Baku?");
    const [reply] = await h.emu.waitForMessages(alice.id, 1);
    await h.emu.idle();
    const text = h.emu.renderedText(reply!);
    const [intro, heading, source] = text.split("\n").filter(Boolean);
    expect(intro).toBe("Our articles don’t give the population of Baku. This is what we have on Baku:");
    expect(heading).toBe("The threat of Iranian proxies");
    expect(source).toBe("Iran’s growing paranoia toward Azerbaijan · 27 Jan 2023, 14:27");
    expect(text).toContain("Azerbaijan’s majority-Shi’a population");
    expect(text).not.toMatch(/Answer 1 of/);
    expect(buttonsOf(reply)).toEqual([TEXTS.buttons.wholeSection]);
    expect(h.emu.messages(alice.id)).toHaveLength(1);
  });

  it("puts a question it can turn around after “don’t say”", async () => {
    const bob = h.emu.user();
    bob.send("how long is the Aras river?");
    const [reply] = await h.emu.waitForMessages(bob.id, 1);
    expect(h.emu.renderedText(reply!).split("\n")[0]).toBe(
      "Our articles don’t say how long the Aras river is. This is what we have on Aras river:",
    );
  });

  it("is one inline result, with what our articles don't give", async () => {
    const dave = h.emu.user();
    const query = dave.inline("what is the population of Baku");
    const call = await h.emu.waitForCall("answerInlineQuery", (c) => c.params.inline_query_id === query.id);
    const results = call.params.results as Array<{ title: string; input_message_content: { message_text: string } }>;
    expect(results).toHaveLength(1);
    expect(results[0]!.title).toBe("The threat of Iranian proxies");
    expect(results[0]!.input_message_content.message_text).toMatch(
      /^Our articles don’t give the population of Baku\. This is what we have on Baku:\n\n<b>The threat of Iranian proxies<\/b>/,
    );
  });
});

describe("More answers", () => {
  const seen = { results: [] as Answer[] };
  const h = useHarness({ wrapSearch: (engine) => everySecondRelated(engine, seen) });

  it("pages More answers only through what the search returns as answers", async () => {
    const carol = h.emu.user();
    carol.send("Iran Azerbaijan border");
    const [first] = await h.emu.waitForMessages(carol.id, 1);
    const total = Number(/Answer 1 of (\d+)$/.exec(h.emu.renderedText(first!))?.[1]);
    const all = h.emu.renderedText(first!);
    // Every second result is related coverage and is not shown as an answer.
    expect(seen.results.length).toBeGreaterThan(total);
    expect(total).toBe(seen.results.filter((a) => a.match === "answer").length);
    expect(total).toBeGreaterThan(1);
    let shown = first!;
    for (let n = 2; n <= total; n++) {
      carol.press(shown, TEXTS.buttons.more);
      await h.emu.waitForCall("editMessageText", (c) => c.params.chat_id === carol.id && c.params.text.includes(`Answer ${n} of ${total}`));
      shown = h.emu.lastMessage(carol.id)!;
    }
    expect(buttonsOf(shown)).not.toContain(TEXTS.buttons.more);
    expect(all).not.toBe(h.emu.renderedText(shown));
  });
});

describe("not found", () => {
  const h = useHarness();

  it("says so and offers /latest and /sections", async () => {
    const erin = h.emu.user();
    erin.send("bitcoin mining difficulty in Iceland");
    const [reply] = await h.emu.waitForMessages(erin.id, 1);
    const text = h.emu.renderedText(reply!);
    expect(text).toMatch(/^I found nothing about “bitcoin mining difficulty in Iceland” in our articles\./);
    expect(text).toContain("/latest");
    expect(text).toContain("/sections");
    expect(buttonsOf(reply)).toEqual([TEXTS.buttons.latest, TEXTS.buttons.sections]);
  });
});
