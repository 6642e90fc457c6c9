import { describe, expect, it } from "vitest";
import { BOT_DEFAULTS } from "../../src/bot/defaults.js";
import { TEXTS } from "../support/texts.js";
import { boldIn, type Harness, useHarness } from "./helpers/harness.js";

/** The plain text of a catalogue entry, as a reader sees it. */
const plain = (html: string) => html.replace(/<[^>]+>/g, "");

describe("odd and hostile input", () => {
  const h = useHarness();

  const onlyReplyTo = async (send: (user: ReturnType<Harness["emu"]["user"]>) => void) => {
    const user = h.emu.user();
    send(user);
    const [reply] = await h.emu.waitForMessages(user.id, 1);
    await h.emu.idle();
    expect(h.emu.messages(user.id)).toHaveLength(1);
    return reply!;
  };

  it("repeats markup from a reader as text, never as formatting", async () => {
    const reply = await onlyReplyTo((u) => u.send("<b>hi</b> & <script>alert(1)</script> &amp;"));
    expect(h.emu.renderedText(reply)).toContain("“<b>hi</b> & <script>alert(1)</script> &amp;”");
    expect(boldIn(h.emu, reply)).toEqual([]);
  });

  it("says politely that a 5,000-character message is too long for a question", async () => {
    const reply = await onlyReplyTo((u) => u.send("Why did Azerbaijan detain 19 people? ".repeat(135).slice(0, 5000)));
    expect(h.emu.renderedText(reply)).toBe(TEXTS.tooLong(BOT_DEFAULTS.maxQuestionLength));
  });

  it("answers a message of only emoji as small talk, pointing to /help", async () => {
    const reply = await onlyReplyTo((u) => u.send("🤔🔥👍🏽🇦🇿"));
    expect(h.emu.renderedText(reply)).toBe(plain(TEXTS.smallTalk.filler));
  });

  it("answers right-to-left text like any other question, escaped and whole", async () => {
    const question = "لماذا احتجزت أذربيجان تسعة عشر شخصا؟";
    const reply = await onlyReplyTo((u) => u.send(question));
    expect(h.emu.renderedText(reply)).toBe(plain(TEXTS.notFound(question)));
  });

  it("hints that it reads text when sent a sticker or a photo", async () => {
    const sticker = await onlyReplyTo((u) => u.sendSticker());
    expect(h.emu.renderedText(sticker)).toBe(TEXTS.onlyText);
    const photo = await onlyReplyTo((u) => u.sendPhoto({ caption: "Why did Azerbaijan detain 19 people?" }));
    expect(h.emu.renderedText(photo)).toBe(TEXTS.onlyText);
  });

  it("points an unknown command to /help", async () => {
    const reply = await onlyReplyTo((u) => u.send("/weather Baku"));
    expect(h.emu.renderedText(reply)).toBe(TEXTS.unknownCommand);
  });

  it("answers an edit of a question with the edited question", async () => {
    const user = h.emu.user();
    const question = user.send("<i>nothing</i> here");
    await h.emu.waitForMessages(user.id, 1);
    user.edit(question, "🙂");
    const [, second] = await h.emu.waitForMessages(user.id, 2);
    expect(h.emu.renderedText(second!)).toBe(plain(TEXTS.smallTalk.filler));
  });
});
