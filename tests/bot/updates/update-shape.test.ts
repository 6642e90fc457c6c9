import { describe, expect, it } from "vitest";
import { hasPossibleShape, isUpdateObject } from "../../../src/bot/updates/update-shape.js";

const reader = { id: 1001, is_bot: false, first_name: "Aysel" };
const chat = { id: 1001, type: "private" };
const message = { message_id: 7, date: 1_700_000_000, chat, from: reader, text: "Zangezur corridor" };

describe("update shapes", () => {
  it("takes what Telegram sends: messages, channel posts, button presses, inline queries", () => {
    expect(hasPossibleShape({ update_id: 1, message })).toBe(true);
    expect(hasPossibleShape({ update_id: 2, channel_post: { message_id: 3, date: 1, chat: { id: -100, type: "channel" }, text: "/subscribe" } })).toBe(true);
    expect(hasPossibleShape({ update_id: 3, callback_query: { id: "9", from: reader, chat_instance: "1", data: "m:i", message } })).toBe(true);
    expect(hasPossibleShape({ update_id: 4, callback_query: { id: "9", from: reader, chat_instance: "1", data: "x", inline_message_id: "in-1" } })).toBe(true);
    expect(hasPossibleShape({ update_id: 5, inline_query: { id: "5", from: reader, query: "", offset: "" } })).toBe(true);
    // A service message of a group may have no text and so needs no sender.
    expect(hasPossibleShape({ update_id: 6, message: { message_id: 1, date: 1, chat: { id: -5, type: "group" }, migrate_to_chat_id: -1005 } })).toBe(true);
  });

  it("refuses what it never sends: an inline query without its text, a text without a sender, a press under nothing", () => {
    expect(hasPossibleShape({ update_id: 1, inline_query: { id: "5", from: reader, offset: "" } })).toBe(false);
    expect(hasPossibleShape({ update_id: 2, message: { ...message, from: undefined } })).toBe(false);
    expect(hasPossibleShape({ update_id: 3, callback_query: { id: "9", from: reader, chat_instance: "1", data: "x" } })).toBe(false);
    expect(hasPossibleShape({ update_id: 4, message: { ...message, chat: { id: "1001" } } })).toBe(false);
    expect(hasPossibleShape({ update_id: 5, message: { ...message, text: 42 } })).toBe(false);
    expect(hasPossibleShape({ update_id: 6, message: null })).toBe(false);
    expect(hasPossibleShape({ update_id: 7 })).toBe(false);
    expect(hasPossibleShape({ update_id: 8, message, edited_message: message })).toBe(false);
  });

  it("takes as an update object only an object with an integer update_id", () => {
    expect(isUpdateObject({ update_id: 1 })).toBe(true);
    for (const body of [null, [], [{ update_id: 1 }], "update", 1, { update_id: "1" }, { update_id: 1.5 }, {}]) {
      expect(isUpdateObject(body)).toBe(false);
    }
  });
});
