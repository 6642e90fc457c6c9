import { Composer, type Context } from "telegraf";
import { describe, expect, it } from "vitest";
import { TEXTS } from "../support/texts.js";
import { buttonsOf, loadRealCorpus, refusedCalls, startHarness, useHarness } from "./helpers/harness.js";

describe("/latest", () => {
  const h = useHarness();

  it("shows the newest headlines first, 10 a page, in the site's zone, with Older and Newer", async () => {
    const alice = h.emu.user();
    alice.send("/latest");
    const [page1] = await h.emu.waitForMessages(alice.id, 1);
    const text1 = h.emu.renderedText(page1!);
    expect(text1.split("\n")[0]).toBe("Latest headlines · page 1 of 5");
    expect(text1.match(/^• /gm)).toHaveLength(10);
    expect(text1).toContain("• Japan battles to persuade big brands to help with military expansion\n28 Mar 2023, 06:01\n");
    // The page's list names ("Latest news", "Read also") are internal, never shown.
    expect(text1).not.toMatch(/Latest news|Read also/);
    expect(buttonsOf(page1)).toEqual([TEXTS.buttons.older]);

    alice.press(page1!, TEXTS.buttons.older);
    await h.emu.waitForCall("editMessageText", (c) => /page 2 of 5/.test(c.params.text));
    const page2 = h.emu.lastMessage(alice.id)!;
    expect(h.emu.messages(alice.id)).toHaveLength(1);
    expect(h.emu.renderedText(page2)).toContain("• Israeli embassy in Azerbaijan resumes work UPDATED\n27 Mar 2023, 22:10\n");
    expect(buttonsOf(page2)).toEqual([TEXTS.buttons.newer, TEXTS.buttons.older]);

    alice.press(page2, TEXTS.buttons.newer);
    await h.emu.waitForCall("editMessageText", (c) => /page 1 of 5/.test(c.params.text));
    expect(h.emu.renderedText(h.emu.lastMessage(alice.id)!)).toBe(text1);
  });

  it("ends with the oldest page, which has only Newer: the articles are listed with the headlines", async () => {
    const bob = h.emu.user();
    bob.send("/latest");
    let [page] = await h.emu.waitForMessages(bob.id, 1);
    for (let n = 2; n <= 5; n++) {
      bob.press(page!, TEXTS.buttons.older);
      await h.emu.waitForCall("editMessageText", (c) => c.params.chat_id === bob.id && c.params.text.includes(`page ${n} of 5`));
      page = h.emu.lastMessage(bob.id);
    }
    const last = h.emu.renderedText(page!);
    expect(last.match(/^• /gm)).toHaveLength(9);
    expect(last).toMatch(/• Iran’s growing paranoia toward Azerbaijan\n27 Jan 2023, 14:27 · REGION$/);
    expect(buttonsOf(page)).toEqual([TEXTS.buttons.newer]);
  });

  it("answers a page button gently once the headlines changed under it", async () => {
    const carol = h.emu.user();
    carol.send("/latest");
    const [page] = await h.emu.waitForMessages(carol.id, 1);
    const real = await loadRealCorpus();
    h.setCorpus({ ...real, headlines: real.headlines.slice(1) });
    try {
      const press = carol.press(page!, TEXTS.buttons.older);
      const answer = await h.emu.waitForCall("answerCallbackQuery", (c) => c.params.callback_query_id === press.id);
      expect(answer.params.text).toBe(TEXTS.staleList);
      await h.emu.idle();
      expect(h.emu.renderedText(h.emu.lastMessage(carol.id)!)).toContain("page 1 of 5");
    } finally {
      h.setCorpus(real);
    }
  });
});

describe("buttons from before a restart", () => {
  it("say the list has changed instead of showing another question's answers", async () => {
    // Stands for a message an older version of the bot sent, with a button format this version dropped.
    const legacy = new Composer<Context>();
    legacy.command("legacy", (ctx) => ctx.reply("Old list", { reply_markup: { inline_keyboard: [[{ text: "Old", callback_data: "x0:7" }]] } }));
    const h = await startHarness({ features: [{ middleware: legacy }] });
    try {
      const dave = h.emu.user();
      dave.send("Iran Azerbaijan border");
      const [answer] = await h.emu.waitForMessages(dave.id, 1);
      await h.restartBot();
      const press = dave.press(answer!, TEXTS.buttons.more);
      const reply = await h.emu.waitForCall("answerCallbackQuery", (c) => c.params.callback_query_id === press.id);
      expect(reply.params.text).toBe(TEXTS.staleList);
      // Whole section does not depend on the process: it still works.
      dave.press(answer!, TEXTS.buttons.wholeSection);
      const [, section] = await h.emu.waitForMessages(dave.id, 2);
      expect(h.emu.renderedText(section!)).toMatch(/^Veering into taboo territory\n/);
      dave.send("/legacy");
      const [, , old] = await h.emu.waitForMessages(dave.id, 3);
      const oldPress = dave.press(old!, "Old");
      const oldReply = await h.emu.waitForCall("answerCallbackQuery", (c) => c.params.callback_query_id === oldPress.id);
      expect(oldReply.params.text).toBe(TEXTS.staleList);
      expect(refusedCalls(h.emu)).toEqual([]);
    } finally {
      await h.stop();
    }
  });
});
