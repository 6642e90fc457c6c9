import { describe, expect, it } from "vitest";
import { Telegraf } from "telegraf";
import type { EmulatorEvent } from "../../src/emulator/telegram-types.js";
import { callApi, useEmulator } from "./fixtures/api.js";
import { launchPolling } from "./fixtures/tiny-bot.js";

describe("waiting for the bot", () => {
  const emu = useEmulator();

  it("waitForCall finds a past call at once and a future one when it comes", async () => {
    const alice = emu.user();
    await callApi(emu, "sendMessage", { chat_id: alice.id, text: "past" });
    expect((await emu.waitForCall("sendMessage")).params.text).toBe("past");
    const future = emu.waitForCall("sendMessage", (c) => c.params.text === "future");
    await callApi(emu, "sendMessage", { chat_id: alice.id, text: "future" });
    expect((await future).params.text).toBe("future");
  });

  it("a wait that times out says what it saw", async () => {
    await callApi(emu, "getMe");
    await expect(emu.waitForCall("sendMessage", undefined, 50)).rejects.toThrow(
      "waitForCall(sendMessage) timed out after 50 ms; calls so far: getMe",
    );
    await expect(emu.waitForMessages(1, 1, 50)).rejects.toThrow(/0 message\(s\) there/);
  });

  it("idle() waits until a slow handler has finished, not just until the update was fetched", async () => {
    const bot = new Telegraf(emu.token, { telegram: { apiRoot: emu.apiRoot } });
    let openGate = () => {};
    const gate = new Promise<void>((resolve) => (openGate = resolve));
    bot.on("text", async (ctx) => {
      await ctx.reply("thinking");
      await gate;
      await ctx.reply("done");
    });
    const running = launchPolling(bot, emu);
    const alice = emu.user();
    alice.send("question");
    await emu.waitForMessages(alice.id, 1);
    let idle = false;
    const idled = emu.idle().then(() => (idle = true));
    // Ample time for a wrong idle() to resolve on the quiet period alone.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(idle).toBe(false);
    openGate();
    await idled;
    expect(emu.messages(alice.id).map((m) => m.text)).toEqual(["thinking", "done"]);
    await running.stop();
  });

  it("idle() explains itself when no bot takes the updates", async () => {
    emu.user().send("anyone?");
    await expect(emu.idle({ timeoutMs: 200 })).rejects.toThrow(
      "1 update(s) not yet taken by the bot, 0 call(s) in flight",
    );
  });

  it("subscribe() reports sends, edits, deletions and callback answers as they happen", async () => {
    const alice = emu.user();
    const events: EmulatorEvent["type"][] = [];
    const unsubscribe = emu.subscribe((event) => events.push(event.type));
    const sent = await callApi(emu, "sendMessage", {
      chat_id: alice.id,
      text: "a",
      reply_markup: { inline_keyboard: [[{ text: "B", callback_data: "b" }]] },
    });
    const query = alice.press(emu.lastMessage(alice.id)!, "B");
    await callApi(emu, "answerCallbackQuery", { callback_query_id: query.id, text: "ok" });
    await callApi(emu, "editMessageText", { chat_id: alice.id, message_id: sent.body.result.message_id, text: "b" });
    await callApi(emu, "deleteMessage", { chat_id: alice.id, message_id: sent.body.result.message_id });
    unsubscribe();
    await callApi(emu, "sendMessage", { chat_id: alice.id, text: "unheard" });
    expect(events).toEqual(["message", "callbackAnswer", "edited", "deleted"]);
    expect(emu.messages(alice.id).map((m) => m.text)).toEqual(["unheard"]);
  });
});

describe("what users send", () => {
  const emu = useEmulator();

  const updates = async () => (await callApi(emu, "getUpdates")).body.result;

  it("marks commands, mentions and links with the entities a Telegram client adds", () => {
    const alice = emu.user({ username: "alice" });
    const message = alice.send("/ask@newsdesk_bot flood? cc @newsdesk_bot https://e.com/x");
    expect(message.entities).toEqual([
      { type: "bot_command", offset: 0, length: 17 },
      { type: "mention", offset: 28, length: 13 },
      { type: "url", offset: 42, length: 15 },
    ]);
    expect(message.from).toMatchObject({ id: alice.id, is_bot: false, username: "alice", language_code: "en" });
  });

  it("queues group messages with replies, edits, stickers and photos as Telegram would", async () => {
    const alice = emu.user();
    const group = emu.group({ type: "supergroup" });
    const sent = await callApi(emu, "sendMessage", { chat_id: group.id, text: "bot says" });
    const reply = alice.sendIn(group, "thanks", { replyTo: sent.body.result.message_id });
    const edited = alice.edit(reply, "thanks!");
    alice.sendSticker({ in: group });
    alice.sendPhoto({ caption: "look" });
    const queued = await updates();
    expect(queued[0].message).toMatchObject({
      chat: { id: group.id, type: "supergroup" },
      reply_to_message: { text: "bot says" },
    });
    expect(queued[1].edited_message).toEqual(edited);
    expect(edited).toMatchObject({ message_id: reply.message_id, text: "thanks!" });
    expect(queued[2].message.sticker).toMatchObject({ emoji: "👍", type: "regular" });
    expect(queued[3].message).toMatchObject({ chat: { id: alice.id }, caption: "look" });
    expect(queued[3].message.photo).toHaveLength(2);
  });
});

describe("messages sent through inline mode", () => {
  const emu = useEmulator();

  it("carry an inline_message_id: presses report it, and edits by it change the message", async () => {
    const alice = emu.user();
    const query = alice.inline("x");
    await callApi(emu, "answerInlineQuery", {
      inline_query_id: query.id,
      results: [
        {
          type: "article",
          id: "a",
          title: "A",
          input_message_content: { message_text: "<i>answer</i>", parse_mode: "HTML" },
          reply_markup: { inline_keyboard: [[{ text: "More", callback_data: "more" }]] },
        },
      ],
    });
    const posted = alice.chooseInlineResult(query.id, "a");
    const press = alice.press(posted, "More");
    expect(press).toMatchObject({ inline_message_id: posted.inline_message_id, data: "more" });
    expect(press.message).toBeUndefined();
    const edit = await callApi(emu, "editMessageText", { inline_message_id: posted.inline_message_id, text: "second" });
    expect(edit.body).toEqual({ ok: true, result: true });
    expect(emu.messages(alice.id).map((m) => [m.text, m.via_bot?.id, m.reply_markup])).toEqual([
      ["second", emu.bot.id, undefined],
    ]);
    const byChat = await callApi(emu, "editMessageText", {
      chat_id: alice.id,
      message_id: posted.message_id,
      text: "x",
    });
    expect(byChat.body.description).toBe("Bad Request: message can't be edited");
  });
});
