import { describe, expect, it } from "vitest";
import { TEXTS } from "../support/texts.js";
import { buttonsOf, useHarness } from "./helpers/harness.js";

/** The plain text of a catalogue entry, as a reader sees it. */
const plain = (html: string) => html.replace(/<[^>]+>/g, "");

describe("small talk in private", () => {
  const h = useHarness();

  const replyTo = async (text: string) => {
    const user = h.emu.user();
    user.send(text);
    const [reply] = await h.emu.waitForMessages(user.id, 1);
    await h.emu.idle();
    expect(h.emu.messages(user.id)).toHaveLength(1);
    return reply!;
  };

  it.each([
    ["hi", TEXTS.smallTalk.greeting],
    ["Good evening!", TEXTS.smallTalk.greeting],
    ["thanks", TEXTS.smallTalk.thanks],
    ["Thank you very much!", TEXTS.smallTalk.thanks],
    ["bye", TEXTS.smallTalk.goodbye],
    ["who are you?", TEXTS.smallTalk.identity],
    ["Hi there, what can you do?", TEXTS.smallTalk.abilities],
    ["ok", TEXTS.smallTalk.filler],
    ["cool 👍", TEXTS.smallTalk.filler],
    ["   ", TEXTS.smallTalk.blank],
  ])("answers “%s” with a short friendly reply pointing to /help, not an excerpt", async (text, expected) => {
    const reply = await replyTo(text);
    expect(h.emu.renderedText(reply)).toBe(plain(expected));
    expect(h.emu.renderedText(reply)).toContain("/help");
    expect(buttonsOf(reply)).toEqual([]);
  });

  it("answers a question wrapped in a greeting as the question itself", async () => {
    const bare = h.emu.renderedText(await replyTo("Why did Azerbaijan detain 19 people?"));
    const wrapped = h.emu.renderedText(await replyTo("Hello! Why did Azerbaijan detain 19 people? Thanks"));
    expect(wrapped.split("\n")[0]).toBe("Azerbaijan’s response to Iranian assertiveness");
    expect(wrapped).toBe(bare);
  });
});
