import { describe, expect, it } from "vitest";
import { commandOf } from "../../../src/bot/subscriptions/chat-command.js";

const command = (length: number, offset = 0) => [{ type: "bot_command" as const, offset, length }];

describe("a command read from a channel post", () => {
  it("gives the command and what follows it, addressed to this bot or to none", () => {
    expect(commandOf("/subscribe daily 08:00", command(10), "newsdesk_bot")).toEqual({ command: "subscribe", payload: "daily 08:00" });
    expect(commandOf("/settings", command(9), "newsdesk_bot")).toEqual({ command: "settings", payload: "" });
    expect(commandOf("/unsubscribe@Newsdesk_Bot", command(25), "newsdesk_bot")).toEqual({ command: "unsubscribe", payload: "" });
  });

  it("is no command when addressed to another bot, or not at the start, or plain text", () => {
    expect(commandOf("/subscribe@other_bot off", command(20), "newsdesk_bot")).toBeNull();
    expect(commandOf("Please /subscribe", command(10, 7), "newsdesk_bot")).toBeNull();
    expect(commandOf("What about the corridor?", undefined, "newsdesk_bot")).toBeNull();
  });
});
