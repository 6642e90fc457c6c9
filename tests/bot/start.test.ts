import { Composer, type Context } from "telegraf";
import { describe, expect, it } from "vitest";
import type { BotFeature } from "../../src/bot/deps.js";
import { TEXTS } from "../support/texts.js";
import { buttonsOf, refusedCalls, startHarness, useHarness } from "./helpers/harness.js";

describe("/start and /help", () => {
  const h = useHarness();

  it("sets the command menu when it starts", async () => {
    const call = await h.emu.waitForCall("setMyCommands");
    expect(call.params.commands.map((c: { command: string }) => c.command)).toEqual(["ask", "search", "latest", "sections", "language", "help", "start"]);
  });

  it("says what the bot does in three lines, with Latest and Sections and nothing to subscribe yet", async () => {
    const alice = h.emu.user();
    alice.send("/start");
    const [reply] = await h.emu.waitForMessages(alice.id, 1);
    expect(h.emu.renderedText(reply!).split("\n")).toHaveLength(3);
    expect(h.emu.renderedText(reply!)).toContain("@newsdesk_bot");
    expect(buttonsOf(reply)).toEqual([TEXTS.buttons.latest, TEXTS.buttons.sections]);
  });

  it("opens the latest headlines and the articles from /start's buttons, in new messages", async () => {
    const bob = h.emu.user();
    bob.send("/start");
    const [start] = await h.emu.waitForMessages(bob.id, 1);
    bob.press(start!, TEXTS.buttons.latest);
    const [, latest] = await h.emu.waitForMessages(bob.id, 2);
    expect(h.emu.renderedText(latest!)).toMatch(/^Latest headlines · page 1 of 5/);
    bob.press(start!, TEXTS.buttons.sections);
    const [, , sections] = await h.emu.waitForMessages(bob.id, 3);
    expect(buttonsOf(sections)).toEqual(["Iran’s growing paranoia toward Azerbaijan"]);
  });

  it("lists every command with an example, and how edits and groups are handled", async () => {
    const carol = h.emu.user();
    carol.send("/help");
    const [reply] = await h.emu.waitForMessages(carol.id, 1);
    const text = h.emu.renderedText(reply!);
    for (const { command, example } of TEXTS.commands) {
      expect(text).toContain(`/${command} — `);
      expect(text).toContain(example);
    }
    expect(text).toContain("Edit a question and I answer the edited version.");
    expect(text).toContain("In groups I answer only commands");
  });
});

describe("extra features", () => {
  it("add their buttons to /start, their commands to the menu and /help, and handle their own buttons", async () => {
    const subscriptions = new Composer<Context>();
    subscriptions.command("subscribe", (ctx) => ctx.reply("Subscribed."));
    subscriptions.action("sub:menu", (ctx) => ctx.answerCbQuery("Choose how often."));
    const feature: BotFeature = {
      middleware: subscriptions,
      startButtons: () => [{ text: "🔔 Subscribe", callback_data: "sub:menu" }],
      commands: () => [{ command: "subscribe", description: "get new headlines", example: "/subscribe daily 08:00" }],
    };
    const h = await startHarness({ features: [feature] });
    try {
      const call = await h.emu.waitForCall("setMyCommands");
      expect(call.params.commands.map((c: { command: string }) => c.command)).toContain("subscribe");
      const dave = h.emu.user();
      dave.send("/start");
      const [start] = await h.emu.waitForMessages(dave.id, 1);
      expect(buttonsOf(start)).toEqual([TEXTS.buttons.latest, TEXTS.buttons.sections, "🔔 Subscribe"]);
      const press = dave.press(start!, "🔔 Subscribe");
      const answer = await h.emu.waitForCall("answerCallbackQuery", (c) => c.params.callback_query_id === press.id);
      expect(answer.params.text).toBe("Choose how often.");
      dave.send("/help");
      const [, help] = await h.emu.waitForMessages(dave.id, 2);
      expect(h.emu.renderedText(help!)).toContain("/subscribe daily 08:00");
      expect(refusedCalls(h.emu)).toEqual([]);
    } finally {
      await h.stop();
    }
  });
});
