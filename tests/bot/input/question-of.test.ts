import { describe, expect, it } from "vitest";
import type { MessageEntity } from "telegraf/types";
import { questionOf } from "../../../src/bot/input/question-of.js";

const bot = { id: 42, username: "newsdesk_bot" };
const privateChat = { id: 1, type: "private", first_name: "Alice" } as const;
const group = { id: -5, type: "supergroup", title: "Readers" } as const;

function entity(type: MessageEntity["type"], text: string, part: string): MessageEntity {
  return { type, offset: text.indexOf(part), length: part.length } as MessageEntity;
}

describe("questionOf", () => {
  it("takes any private text as a question, but not another command", () => {
    expect(questionOf({ text: " Why? ", chat: privateChat }, bot)).toEqual({ text: "Why?", command: false });
    const text = "/weather now";
    expect(questionOf({ text, chat: privateChat, entities: [entity("bot_command", text, "/weather")] }, bot)).toBeNull();
  });

  it("takes /ask and /search addressed to this bot, not to another", () => {
    const mine = "/ask@NewsDesk_Bot Zangezur corridor";
    expect(questionOf({ text: mine, chat: group, entities: [entity("bot_command", mine, "/ask@NewsDesk_Bot")] }, bot)).toEqual({
      text: "Zangezur corridor",
      command: true,
    });
    const theirs = "/search@other_bot corridor";
    expect(questionOf({ text: theirs, chat: group, entities: [entity("bot_command", theirs, "/search@other_bot")] }, bot)).toBeNull();
  });

  it("in a group, answers only a mention of the bot or a reply to it", () => {
    expect(questionOf({ text: "Why did Azerbaijan detain 19 people?", chat: group }, bot)).toBeNull();
    const mention = "@newsdesk_bot why detain 19 people?";
    expect(questionOf({ text: mention, chat: group, entities: [entity("mention", mention, "@newsdesk_bot")] }, bot)?.text).toBe(
      "why detain 19 people?",
    );
    const other = "@someone_else why?";
    expect(questionOf({ text: other, chat: group, entities: [entity("mention", other, "@someone_else")] }, bot)).toBeNull();
    expect(questionOf({ text: "and then?", chat: group, reply_to_message: { from: { id: 42 } } }, bot)?.text).toBe("and then?");
    expect(questionOf({ text: "and then?", chat: group, reply_to_message: { from: { id: 7 } } }, bot)).toBeNull();
  });
});
