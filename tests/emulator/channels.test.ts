import { describe, expect, it } from "vitest";
import { API_ERRORS } from "../../src/emulator/api-error.js";
import { callApi, useEmulator } from "./fixtures/api.js";

describe("channels", () => {
  const emu = useEmulator();

  const updates = async () => (await callApi(emu, "getUpdates", {})).body.result;

  it("an admin's post comes as a channel_post on the channel's behalf, with no sender user", async () => {
    const alice = emu.user();
    const channel = emu.channel({ title: "Caucasus Daily", admins: [alice] });
    expect(channel.chat).toEqual({ id: channel.id, type: "channel", title: "Caucasus Daily" });

    alice.postIn(channel, "/subscribe@newsdesk_bot daily 08:00");
    const [update] = await updates();
    expect(update.message).toBeUndefined();
    expect(update.channel_post).toMatchObject({
      chat: channel.chat,
      sender_chat: channel.chat,
      text: "/subscribe@newsdesk_bot daily 08:00",
      entities: [{ type: "bot_command", offset: 0, length: 23 }],
    });
    expect(update.channel_post.from).toBeUndefined();
  });

  it("only admins post, and nobody sends an ordinary message into a channel", () => {
    const alice = emu.user();
    const bob = emu.user();
    const channel = emu.channel({ admins: [alice] });
    expect(() => bob.postIn(channel, "hello")).toThrow(/only admins post in a channel/);
    expect(() => alice.sendIn(channel, "hello")).toThrow(/is a channel/);
    const group = emu.group({ admins: [alice] });
    expect(() => alice.postIn(group, "hello")).toThrow(/is no channel/);
  });

  it("the bot posts in a channel as the channel; getChatMember knows its admins", async () => {
    const alice = emu.user();
    const carol = emu.user();
    const bob = emu.user();
    const channel = emu.channel({ admins: [alice, carol] });

    const sent = await callApi(emu, "sendMessage", { chat_id: channel.id, text: "<b>Headline</b>", parse_mode: "HTML" });
    expect(sent.body.result).toMatchObject({ chat: channel.chat, sender_chat: channel.chat, text: "Headline" });
    expect(sent.body.result.from).toBeUndefined();
    expect(emu.messages(channel.id).map((m) => [m.text, m.from.id])).toEqual([["<b>Headline</b>", emu.bot.id]]);

    const status = async (userId: number) =>
      (await callApi(emu, "getChatMember", { chat_id: channel.id, user_id: userId })).body.result.status;
    expect([await status(alice.id), await status(carol.id), await status(bob.id)]).toEqual(["creator", "administrator", "member"]);
  });

  it("a button on a bot message in a channel is pressed by a user: the callback names the presser", async () => {
    const alice = emu.user();
    const bob = emu.user();
    const channel = emu.channel({ admins: [alice] });
    const markup = { inline_keyboard: [[{ text: "Explain", callback_data: "x1:a" }]] };
    await callApi(emu, "sendMessage", { chat_id: channel.id, text: "Headline", reply_markup: markup });

    bob.press(emu.lastMessage(channel.id)!, "Explain");
    const [update] = await updates();
    expect(update.callback_query).toMatchObject({ from: { id: bob.id }, data: "x1:a", message: { chat: channel.chat } });
  });

  it("migrate without service messages: the bot hears nothing, and only a send to the old id tells it", async () => {
    const group = emu.group({ type: "group" });
    emu.migrate(group.id, -1_009_800_000_001, { serviceMessages: false });
    expect(await updates()).toEqual([]);
    const refused = await callApi(emu, "sendMessage", { chat_id: group.id, text: "hi" });
    expect(refused.body).toEqual({
      ok: false,
      error_code: 400,
      description: API_ERRORS.migrated,
      parameters: { migrate_to_chat_id: -1_009_800_000_001 },
    });
  });
});
