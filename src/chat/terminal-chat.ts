import { createInterface } from "node:readline";
import type { Readable, Writable } from "node:stream";
import type { BotApiEmulator } from "../emulator/emulator.js";
import type { InlineResult } from "../emulator/queries.js";
import { renderFormatted } from "../emulator/message-text.js";
import type { BotMessage, EmulatorEvent } from "../emulator/telegram-types.js";
import type { EmuUser } from "../emulator/users.js";
import { parseChatInput } from "./chat-input.js";
import { CHAT_TEXTS } from "./chat-texts.js";
import { buttonRows, renderInlineResults, renderMessageBlock } from "./render-message.js";

const TERMINAL_CHAT_DEFAULTS = Object.freeze({
  /** After each line, how long to wait for the bot to go quiet before reading the next one. */
  replyTimeoutMs: 15_000,
});

export interface TerminalChatOptions {
  emulator: BotApiEmulator;
  /** The person at the keyboard, chatting with the bot in private. */
  user: EmuUser;
  input: Readable;
  output: Writable;
  /** ANSI styles; defaults to whether output is a terminal. */
  color?: boolean;
  botName: string;
  replyTimeoutMs?: number;
}

export interface TerminalChat {
  /** Reads lines until /quit or the end of input; resolves then. */
  run(): Promise<void>;
}

type InlineList = { queryId: string; query: string; results: InlineResult[]; nextOffset: string };

/**
 * A person types as a Telegram user and sees what the bot sends back. The chat follows the emulator's events, so
 * replies, edits and deletions show in the order they happen, and it waits for the bot to go idle after each line
 * so that a piped script reads as a conversation. "#N" always means the latest numbered list shown (see the banner).
 */
export function createTerminalChat(options: TerminalChatOptions): TerminalChat {
  const { emulator, user, input, output, botName } = options;
  const color = options.color ?? (output as Writable & { isTTY?: boolean }).isTTY === true;
  const interactive = (input as Readable & { isTTY?: boolean }).isTTY === true;
  const replyTimeoutMs = options.replyTimeoutMs ?? TERMINAL_CHAT_DEFAULTS.replyTimeoutMs;
  let inlineList: InlineList | null = null;
  let lastInline: { query: string; nextOffset: string } | null = null;
  let buttonsMessageId: number | null = null;
  /** The ids of the messages shown with buttons, in the order they were first shown: message #M is at M - 1. */
  const numbered: number[] = [];

  const prompt = `${CHAT_TEXTS.you}> `;
  /** True while an interactive prompt waits on screen: output arriving then must not run into it. */
  let promptShown = false;

  const showPrompt = (): void => {
    output.write(prompt);
    promptShown = true;
  };

  const say = (text: string): void => {
    if (promptShown) output.write("\n");
    output.write(text.endsWith("\n") ? text : `${text}\n`);
    if (promptShown) output.write(prompt);
  };

  /** A message's number, given the first time it shows buttons and kept through its edits. */
  const numberOf = (message: BotMessage): number | undefined => {
    const known = numbered.indexOf(message.message_id);
    if (known >= 0) return known + 1;
    if (buttonRows(message.reply_markup).length === 0) return undefined;
    numbered.push(message.message_id);
    return numbered.length;
  };

  const show = (message: BotMessage, edited: boolean): void => {
    const { text, entities } = renderFormatted(message.text, message.parse_mode, message.entities);
    const number = numberOf(message);
    say(
      renderMessageBlock(
        {
          sender: message.via_bot ? CHAT_TEXTS.youVia(botName) : botName,
          ...(number !== undefined ? { number } : {}),
          text,
          entities,
          ...(message.reply_markup ? { markup: message.reply_markup } : {}),
          edited,
        },
        color,
      ),
    );
    if (buttonRows(message.reply_markup).length > 0) {
      buttonsMessageId = message.message_id;
      inlineList = null;
    }
  };

  const onEvent = (event: EmulatorEvent): void => {
    if (event.type === "message" || event.type === "edited") {
      if (event.message.chat.id === user.id) show(event.message, event.type === "edited");
    } else if (event.type === "deleted") {
      if (event.chatId === user.id) say(CHAT_TEXTS.deleted(botName));
    } else if (event.userId === user.id && event.text) {
      say(event.showAlert ? CHAT_TEXTS.alert(botName, event.text) : CHAT_TEXTS.notification(botName, event.text));
    }
  };

  /** The message "#N" presses: the one whose buttons were shown last, or the newest that still has buttons. */
  const buttonsMessage = (): BotMessage | undefined => {
    const withButtons = emulator.messages(user.id).filter((m) => buttonRows(m.reply_markup).length > 0);
    return withButtons.find((m) => m.message_id === buttonsMessageId) ?? withButtons.at(-1);
  };

  const runInline = async (query: string, offset: string): Promise<void> => {
    const inlineQuery = user.inline(query, offset);
    let call;
    try {
      call = await emulator.waitForCall(
        "answerInlineQuery",
        (c) => c.params.inline_query_id === inlineQuery.id,
        replyTimeoutMs,
      );
    } catch {
      say(CHAT_TEXTS.inlineNoAnswer);
      return;
    }
    if (call.response && !call.response.ok) {
      say(CHAT_TEXTS.inlineRefused(call.response.description));
      return;
    }
    const results = (call.params.results ?? []) as InlineResult[];
    const nextOffset = String(call.params.next_offset ?? "");
    say(renderInlineResults(query, results, nextOffset !== ""));
    lastInline = { query, nextOffset };
    inlineList = results.length > 0 ? { queryId: inlineQuery.id, query, results, nextOffset } : null;
  };

  const pickInline = (list: InlineList, number: number): void => {
    const result = list.results[number - 1];
    if (!result) return say(CHAT_TEXTS.noSuchItem(number, list.results.length));
    if (typeof result.input_message_content?.message_text !== "string") return say(CHAT_TEXTS.inlineNotText);
    inlineList = null;
    user.chooseInlineResult(list.queryId, result.id);
  };

  /** Message #M as it is now; a reason to show instead when it is gone or has no buttons left. */
  const numberedMessage = (number: number): BotMessage | string => {
    const id = numbered[number - 1];
    const message = id === undefined ? undefined : emulator.messages(user.id).find((m) => m.message_id === id);
    if (id === undefined) return CHAT_TEXTS.noSuchMessage(number, numbered.length);
    if (!message) return CHAT_TEXTS.messageGone;
    return buttonRows(message.reply_markup).length > 0 ? message : CHAT_TEXTS.noButtonsLeft(number);
  };

  /** Presses button `number` of message #`messageNumber`, or of the newest message with buttons. */
  const pressButton = async (number: number, messageNumber?: number): Promise<void> => {
    const found = messageNumber === undefined ? buttonsMessage() : numberedMessage(messageNumber);
    if (typeof found === "string") return say(found);
    const message = found;
    if (!message) return say(CHAT_TEXTS.noList);
    const buttons = buttonRows(message.reply_markup).flat();
    const button = buttons[number - 1];
    if (!button) return say(CHAT_TEXTS.noSuchItem(number, buttons.length));
    if (button.callback_data !== undefined) {
      try {
        user.press(message, number - 1);
      } catch {
        say(CHAT_TEXTS.messageGone);
      }
      return;
    }
    if (button.url) return say(CHAT_TEXTS.buttonOpens(button.url));
    const switchQuery = button.switch_inline_query_current_chat ?? button.switch_inline_query;
    if (typeof switchQuery === "string") return runInline(switchQuery, "");
    say(CHAT_TEXTS.buttonUnsupported);
  };

  /** Acts on one line; false when the person asked to leave. */
  const handle = async (line: string): Promise<boolean> => {
    const parsed = parseChatInput(line, botName);
    switch (parsed.kind) {
      case "empty":
        return true;
      case "quit":
        return false;
      case "pick":
        if (inlineList) pickInline(inlineList, parsed.number);
        else await pressButton(parsed.number);
        return true;
      case "press":
        await pressButton(parsed.button, parsed.message);
        return true;
      case "inline":
        await runInline(parsed.query, "");
        return true;
      case "inlineNext":
        if (lastInline?.nextOffset) await runInline(lastInline.query, lastInline.nextOffset);
        else say(CHAT_TEXTS.inlineNoMore);
        return true;
      case "as":
        if (parsed.languageCode === null) say(CHAT_TEXTS.asUsage);
        else {
          user.setLanguageCode(parsed.languageCode);
          say(CHAT_TEXTS.speakingAs(parsed.languageCode));
        }
        return true;
      case "text":
        inlineList = null;
        user.send(parsed.text);
        return true;
    }
  };

  const settle = async (): Promise<void> => {
    try {
      await emulator.idle({ timeoutMs: replyTimeoutMs });
    } catch {
      say(CHAT_TEXTS.stillBusy);
    }
  };

  return {
    async run() {
      say(CHAT_TEXTS.banner(botName, user.user.first_name));
      const unsubscribe = emulator.subscribe(onEvent);
      const lines = createInterface({ input, crlfDelay: Infinity, terminal: false });
      try {
        if (interactive) showPrompt();
        for await (const line of lines) {
          promptShown = false;
          if (!interactive) say(prompt + line);
          if (!(await handle(line))) break;
          await settle();
          if (interactive) showPrompt();
        }
      } finally {
        if (promptShown) output.write("\n");
        promptShown = false;
        lines.close();
        unsubscribe();
      }
      say(CHAT_TEXTS.bye);
    },
  };
}
