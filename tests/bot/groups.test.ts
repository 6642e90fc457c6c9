import { describe, expect, it } from "vitest";
import { useHarness } from "./helpers/harness.js";

describe("in groups and supergroups", () => {
  const h = useHarness();

  for (const type of ["group", "supergroup"] as const) {
    it(`a ${type}: silence for ordinary messages, answers to commands, mentions and replies`, async () => {
      const alice = h.emu.user();
      const group = h.emu.group({ type });

      alice.sendIn(group, "Why did Azerbaijan detain 19 people?");
      alice.sendIn(group, "/start@some_other_bot");
      alice.sendIn(group, "@someone_else what do you think?");
      alice.sendSticker({ in: group });
      alice.sendPhoto({ in: group });
      await h.emu.idle();
      expect(h.emu.messages(group.id)).toHaveLength(0);

      const mention = alice.sendIn(group, "@newsdesk_bot Why did Azerbaijan detain 19 people?");
      const [answer] = await h.emu.waitForMessages(group.id, 1);
      expect(h.emu.renderedText(answer!).split("\n")[0]).toBe("Azerbaijan’s response to Iranian assertiveness");
      const sendCall = await h.emu.waitForCall("sendMessage", (c) => c.params.chat_id === group.id);
      expect(sendCall.params.reply_parameters.message_id).toBe(mention.message_id);

      alice.sendIn(group, "Zangezur corridor", { replyTo: answer! });
      const [, viaReply] = await h.emu.waitForMessages(group.id, 2);
      expect(h.emu.renderedText(viaReply!).split("\n")[0]).toBe("Mounting tensions");

      alice.sendIn(group, "/ask@newsdesk_bot Zangezur corridor");
      const [, , viaAsk] = await h.emu.waitForMessages(group.id, 3);
      alice.sendIn(group, "/latest");
      const [, , , latest] = await h.emu.waitForMessages(group.id, 4);
      expect(h.emu.renderedText(viaAsk!).split("\n")[0]).toBe("Mounting tensions");
      expect(h.emu.renderedText(latest!)).toMatch(/^Latest headlines · page 1 of 5/);

      const other = h.emu.user();
      alice.sendIn(group, "I agree with that", { replyTo: alice.sendIn(group, "a message of Alice's") });
      other.sendIn(group, "/help@some_other_bot");
      await h.emu.idle();
      expect(h.emu.messages(group.id)).toHaveLength(4);
    });
  }

  it("answers in the forum topic the question was asked in", async () => {
    const alice = h.emu.user();
    const forum = h.emu.group({ type: "supergroup", isForum: true });
    alice.sendIn(forum, "/ask Zangezur corridor", { threadId: 77 });
    const call = await h.emu.waitForCall("sendMessage", (c) => c.params.chat_id === forum.id);
    expect(call.params.message_thread_id).toBe(77);
    expect(h.emu.messages(forum.id, { threadId: 77 })).toHaveLength(1);
  });
});
