import { describe, expect, it } from "vitest";
import type { Corpus } from "../../src/corpus/types.js";
import { TEXTS } from "../support/texts.js";
import { MESSAGE_LIMIT } from "../../src/format/html.js";
import { boldIn, buttonsOf, refusedCalls, startHarness, useHarness } from "./helpers/harness.js";

describe("a question in private", () => {
  const h = useHarness();

  it("is answered with the section's heading in bold, the article and its date, and the excerpt", async () => {
    const alice = h.emu.user();
    alice.send("Why did Azerbaijan detain 19 people?");
    const [answer] = await h.emu.waitForMessages(alice.id, 1);
    const lines = h.emu.renderedText(answer!).split("\n");
    expect(lines[0]).toBe("Azerbaijan’s response to Iranian assertiveness");
    expect(lines[1]).toBe("Iran’s growing paranoia toward Azerbaijan · 27 Jan 2023, 14:27");
    expect(lines[3]).toMatch(/^Azerbaijan also detained 19 people, alleging/);
    expect(boldIn(h.emu, answer!)).toEqual(
      expect.arrayContaining(["Azerbaijan’s response to Iranian assertiveness", "detained 19 people"]),
    );
    expect(buttonsOf(answer)).toContain(TEXTS.buttons.wholeSection);
  });

  it("pages through its answers with More answers and Back, editing the one message", async () => {
    const bob = h.emu.user();
    bob.send("Iran Azerbaijan border");
    const [first] = await h.emu.waitForMessages(bob.id, 1);
    const firstText = h.emu.renderedText(first!);
    expect(firstText).toMatch(/Answer 1 of \d+$/);
    expect(buttonsOf(first)).toEqual([TEXTS.buttons.more, TEXTS.buttons.wholeSection]);

    bob.press(first!, TEXTS.buttons.more);
    await h.emu.waitForCall("editMessageText", (c) => c.params.message_id === first!.message_id);
    const second = h.emu.lastMessage(bob.id)!;
    expect(h.emu.messages(bob.id)).toHaveLength(1);
    expect(h.emu.renderedText(second)).toMatch(/Answer 2 of \d+$/);
    expect(h.emu.renderedText(second).split("\n")[0]).not.toBe(firstText.split("\n")[0]);
    expect(buttonsOf(second)).toEqual([TEXTS.buttons.back, TEXTS.buttons.more, TEXTS.buttons.wholeSection]);

    bob.press(second, TEXTS.buttons.back);
    await h.emu.waitForCall("editMessageText", (c) => c.params.message_id === first!.message_id && /Answer 1 of/.test(c.params.text));
    expect(h.emu.renderedText(h.emu.lastMessage(bob.id)!)).toBe(firstText);
  });

  it("says so in one short reply when nothing answers, offering the latest headlines and the sections", async () => {
    const carol = h.emu.user();
    carol.send("quantum chromodynamics of penguins");
    const [reply] = await h.emu.waitForMessages(carol.id, 1);
    expect(h.emu.renderedText(reply!)).toBe(
      "I found nothing about “quantum chromodynamics of penguins” in our articles. " +
        "Try other words, see the newest headlines with /latest, or browse the articles with /sections.",
    );
    expect(buttonsOf(reply)).toEqual([TEXTS.buttons.latest, TEXTS.buttons.sections]);
    await h.emu.idle();
    expect(h.emu.messages(carol.id)).toHaveLength(1);
  });

  it("answers /ask and /search like a private message, and shows how to ask when the question is missing", async () => {
    const dave = h.emu.user();
    dave.send("/ask Zangezur corridor");
    const [viaAsk] = await h.emu.waitForMessages(dave.id, 1);
    expect(h.emu.renderedText(viaAsk!).split("\n")[0]).toBe("Mounting tensions");
    dave.send("/search Zangezur corridor");
    const [, viaSearch] = await h.emu.waitForMessages(dave.id, 2);
    expect(h.emu.renderedText(viaSearch!)).toBe(h.emu.renderedText(viaAsk!));
    dave.send("/ask");
    const [, , usage] = await h.emu.waitForMessages(dave.id, 3);
    expect(h.emu.renderedText(usage!)).toBe("Ask like this: /ask Why did Azerbaijan detain 19 people?");
  });

  it("answers an edited question anew", async () => {
    const erin = h.emu.user();
    const question = erin.send("Zangezur corridor");
    await h.emu.waitForMessages(erin.id, 1);
    erin.edit(question, "Why did Azerbaijan detain 19 people?");
    const [, again] = await h.emu.waitForMessages(erin.id, 2);
    expect(h.emu.renderedText(again!).split("\n")[0]).toBe("Azerbaijan’s response to Iranian assertiveness");
  });

  it("sends the whole section on Whole section", async () => {
    const frank = h.emu.user();
    frank.send("Why did Azerbaijan detain 19 people?");
    const [answer] = await h.emu.waitForMessages(frank.id, 1);
    frank.press(answer!, TEXTS.buttons.wholeSection);
    const [, section] = await h.emu.waitForMessages(frank.id, 2);
    const text = h.emu.renderedText(section!);
    expect(text).toMatch(/^Azerbaijan’s response to Iranian assertiveness\nIran’s growing paranoia toward Azerbaijan · 27 Jan 2023, 14:27\n\nBaku has taken strong measures/);
    expect(text).toContain("Azerbaijan also detained 19 people");
    expect(text).toContain("Fraternal Fist");
  });
});

/** One article whose only section runs to about 19,000 characters in 40 paragraphs. */
function longSectionCorpus(): Corpus {
  const paragraphs = Array.from(
    { length: 40 },
    (_, i) => `Paragraph ${i + 1} of the pipeline chronicle. ` + ("The Caspian pipeline carried gas & oil to <markets> in Europe. ".repeat(7)).trim(),
  );
  return {
    articles: [
      {
        id: "pipeline-chronicle",
        title: "The pipeline chronicle",
        subtitle: null,
        author: null,
        category: "ECONOMY",
        publishedAt: "2023-03-01T10:00:00+04:00",
        url: "https://example.com/pipeline?a=1&b=2",
        language: "en",
        sections: [{ heading: "Everything about the pipeline", paragraphs }],
        file: "pipeline.txt",
      },
    ],
    headlines: [],
  };
}

describe("Whole section of a long section", () => {
  it("comes as several messages, each under 4,096 characters, split between paragraphs", async () => {
    const corpus = longSectionCorpus();
    const h = await startHarness({ corpus });
    try {
      const gina = h.emu.user();
      gina.send("Caspian pipeline gas");
      const [answer] = await h.emu.waitForMessages(gina.id, 1);
      gina.press(answer!, TEXTS.buttons.wholeSection);
      await h.emu.idle();
      const parts = h.emu.messages(gina.id).slice(1);
      expect(parts.length).toBeGreaterThanOrEqual(5);
      const texts = parts.map((m) => h.emu.renderedText(m));
      for (const text of texts) expect(text.length).toBeLessThan(MESSAGE_LIMIT);
      expect(texts[0]).toMatch(/^Everything about the pipeline\nThe pipeline chronicle · 1 Mar 2023, 10:00\n\nParagraph 1 of/);
      // Every paragraph arrives whole, once, in order, and the link closes the last message.
      const paragraphs = corpus.articles[0]!.sections[0]!.paragraphs;
      const shown = texts.flatMap((t) => t.split("\n\n")).filter((block) => block.startsWith("Paragraph "));
      expect(shown).toEqual(paragraphs);
      expect(texts.at(-1)!.endsWith(TEXTS.readArticle)).toBe(true);
      expect(refusedCalls(h.emu)).toEqual([]);
    } finally {
      await h.stop();
    }
  });
});
