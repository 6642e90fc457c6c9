import { describe, expect, it } from "vitest";
import type { Article, Corpus } from "../../src/corpus/types.js";
import { TEXTS } from "../support/texts.js";
import { buttonsOf, loadRealCorpus, useHarness } from "./helpers/harness.js";

describe("/sections", () => {
  const h = useHarness();
  const TITLE = "Iran’s growing paranoia toward Azerbaijan";

  it("lists the articles, then an article's sections, and sends the section pressed", async () => {
    const alice = h.emu.user();
    alice.send("/sections");
    const [list] = await h.emu.waitForMessages(alice.id, 1);
    expect(h.emu.renderedText(list!)).toBe("Articles · page 1 of 1\nChoose an article to see its sections.");
    expect(buttonsOf(list)).toEqual(["Iran’s growing paranoia toward Azerbaijan"]);

    alice.press(list!, 0);
    await h.emu.waitForCall("editMessageText", (c) => c.params.chat_id === alice.id);
    const article = h.emu.lastMessage(alice.id)!;
    expect(h.emu.renderedText(article)).toBe("Iran’s growing paranoia toward Azerbaijan\n27 Jan 2023, 14:27 · REGION\n" + TEXTS.chooseSection);
    expect(buttonsOf(article)).toEqual([
      TITLE,
      "Mounting tensions",
      "Veering into taboo territory",
      "The threat of Iranian proxies",
      "Sectarian disconnect",
      "Azerbaijan’s response to Iranian assertiveness",
      "Externalization of Iran’s internal crisis",
      "Emerging Russia-Iran alliance",
      "Potential consequences",
      TEXTS.buttons.allArticles,
    ]);

    alice.press(article, "Sectarian disconnect");
    const [, section] = await h.emu.waitForMessages(alice.id, 2);
    expect(h.emu.renderedText(section!)).toMatch(/^Sectarian disconnect\nIran’s growing paranoia toward Azerbaijan · 27 Jan 2023, 14:27\n\n/);

    alice.press(article, TITLE);
    const [, , lead] = await h.emu.waitForMessages(alice.id, 3);
    // The lead goes by the article's title, as in answers, with the date alone under it.
    expect(h.emu.renderedText(lead!)).toMatch(/^Iran’s growing paranoia toward Azerbaijan\n27 Jan 2023, 14:27\n\nExperts of the Topchubashov Center/);
    alice.send("What did the experts of the Topchubashov Center write?");
    const [, , , answer] = await h.emu.waitForMessages(alice.id, 4);
    expect(h.emu.renderedText(answer!).split("\n")[0]).toBe(TITLE);

    alice.press(h.emu.messages(alice.id)[0]!, TEXTS.buttons.allArticles);
    await h.emu.waitForCall("editMessageText", (c) => c.params.chat_id === alice.id && /^<b>Articles<\/b>/.test(c.params.text));
    expect(buttonsOf(h.emu.messages(alice.id)[0])).toEqual(["Iran’s growing paranoia toward Azerbaijan"]);
  });

  it("gives a section Previous, Next and Back to its article", async () => {
    const erin = h.emu.user();
    erin.send("/sections");
    const [list] = await h.emu.waitForMessages(erin.id, 1);
    erin.press(list!, 0);
    await h.emu.waitForCall("editMessageText", (c) => c.params.chat_id === erin.id);
    erin.press(h.emu.lastMessage(erin.id)!, "Sectarian disconnect");
    const [, section] = await h.emu.waitForMessages(erin.id, 2);
    expect(buttonsOf(section)).toEqual([TEXTS.buttons.previousSection, TEXTS.buttons.nextSection, TEXTS.buttons.backToArticle]);

    erin.press(section!, TEXTS.buttons.nextSection);
    const [, , next] = await h.emu.waitForMessages(erin.id, 3);
    expect(h.emu.renderedText(next!)).toMatch(/^Azerbaijan’s response to Iranian assertiveness\n/);
    erin.press(next!, TEXTS.buttons.previousSection);
    const [, , , previous] = await h.emu.waitForMessages(erin.id, 4);
    expect(h.emu.renderedText(previous!)).toMatch(/^Sectarian disconnect\n/);

    erin.press(previous!, TEXTS.buttons.backToArticle);
    await h.emu.waitForCall("editMessageText", (c) => c.params.chat_id === erin.id && c.params.message_id === previous!.message_id);
    const back = h.emu.messages(erin.id).find((m) => m.message_id === previous!.message_id)!;
    expect(h.emu.renderedText(back)).toBe(`${TITLE}\n27 Jan 2023, 14:27 · REGION\n${TEXTS.chooseSection}`);
    expect(buttonsOf(back)[4]).toBe("Sectarian disconnect");
  });

  it("has no Previous on the first section and no Next on the last", async () => {
    const real = await loadRealCorpus();
    const article = real.articles[0]!;
    const frank = h.emu.user();
    frank.send("/sections");
    const [list] = await h.emu.waitForMessages(frank.id, 1);
    frank.press(list!, 0);
    await h.emu.waitForCall("editMessageText", (c) => c.params.chat_id === frank.id);
    frank.press(h.emu.lastMessage(frank.id)!, TITLE);
    const [, lead] = await h.emu.waitForMessages(frank.id, 2);
    expect(buttonsOf(lead)).toEqual([TEXTS.buttons.nextSection, TEXTS.buttons.backToArticle]);
    frank.press(h.emu.messages(frank.id)[0]!, article.sections.at(-1)!.heading!);
    const [, , last] = await h.emu.waitForMessages(frank.id, 3);
    expect(buttonsOf(last)).toEqual([TEXTS.buttons.previousSection, TEXTS.buttons.backToArticle]);
  });

  it("lists the articles newest first", async () => {
    const real = await loadRealCorpus();
    const template = real.articles[0]!;
    const dated = (title: string, publishedAt: string | null): Article => ({ ...template, id: title, title, publishedAt });
    h.setCorpus({
      articles: [
        dated("March article", "2023-03-02T10:00:00+04:00"),
        dated("Undated article", null),
        dated("May article", "2023-05-20T09:00:00+04:00"),
        dated("January article", "2023-01-27T14:27:00+04:00"),
      ],
      headlines: real.headlines,
    });
    try {
      const gina = h.emu.user();
      gina.send("/sections");
      const [list] = await h.emu.waitForMessages(gina.id, 1);
      expect(buttonsOf(list)).toEqual(["May article", "March article", "January article", "Undated article"]);
    } finally {
      h.setCorpus(real);
    }
  });

  it("pages a long list of articles and of sections", async () => {
    const real = await loadRealCorpus();
    const template = real.articles[0]!;
    const articles: Article[] = Array.from({ length: 11 }, (_, i) => ({
      ...template,
      id: `copy-${i}`,
      title: `Copy ${i + 1} of the article`,
      sections: Array.from({ length: 13 }, (_, s) => ({ heading: `Part ${s + 1}`, paragraphs: [`Text ${i}.${s}`] })),
    }));
    const corpus: Corpus = { articles, headlines: real.headlines };
    h.setCorpus(corpus);
    try {
      const bob = h.emu.user();
      bob.send("/sections");
      const [list] = await h.emu.waitForMessages(bob.id, 1);
      expect(buttonsOf(list)).toEqual([...articles.slice(0, 8).map((a) => a.title), TEXTS.buttons.nextPage]);
      bob.press(list!, TEXTS.buttons.nextPage);
      await h.emu.waitForCall("editMessageText", (c) => c.params.chat_id === bob.id);
      expect(buttonsOf(h.emu.lastMessage(bob.id))).toEqual([...articles.slice(8).map((a) => a.title), TEXTS.buttons.previousPage]);

      bob.press(h.emu.lastMessage(bob.id)!, "Copy 11 of the article");
      await h.emu.waitForCall("editMessageText", (c) => c.params.chat_id === bob.id && c.params.text.includes("Copy 11"));
      const sections = h.emu.lastMessage(bob.id)!;
      expect(buttonsOf(sections)).toEqual([
        ...Array.from({ length: 10 }, (_, s) => `Part ${s + 1}`),
        TEXTS.buttons.nextPage,
        TEXTS.buttons.allArticles,
      ]);
      bob.press(sections, TEXTS.buttons.nextPage);
      await h.emu.waitForCall("editMessageText", (c) => c.params.chat_id === bob.id && c.params.reply_markup.inline_keyboard.length === 5);
      bob.press(h.emu.lastMessage(bob.id)!, "Part 13");
      const [, part] = await h.emu.waitForMessages(bob.id, 2);
      expect(h.emu.renderedText(part!)).toContain("Text 10.12");
    } finally {
      h.setCorpus(real);
    }
  });

  it("answers a section button gently once that section changed", async () => {
    const carol = h.emu.user();
    carol.send("/sections");
    const [list] = await h.emu.waitForMessages(carol.id, 1);
    carol.press(list!, 0);
    await h.emu.waitForCall("editMessageText", (c) => c.params.chat_id === carol.id);
    const real = await loadRealCorpus();
    const article = real.articles[0]!;
    const rewritten = { ...article, sections: article.sections.map((s, i) => (i === 1 ? { ...s, paragraphs: ["Rewritten."] } : s)) };
    h.setCorpus({ ...real, articles: [rewritten] });
    try {
      const press = carol.press(h.emu.lastMessage(carol.id)!, "Mounting tensions");
      const answer = await h.emu.waitForCall("answerCallbackQuery", (c) => c.params.callback_query_id === press.id);
      expect(answer.params.text).toBe(TEXTS.staleList);
      await h.emu.idle();
      expect(h.emu.messages(carol.id)).toHaveLength(1);
    } finally {
      h.setCorpus(real);
    }
  });
});
