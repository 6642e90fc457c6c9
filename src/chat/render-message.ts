import type { InlineButton, ReplyMarkup, TgEntity } from "../emulator/telegram-types.js";
import { CHAT_TEXTS } from "./chat-texts.js";
import { renderText } from "./render-text.js";

/** Blocks of terminal output for what happens in the chat: messages with numbered buttons, inline result lists. */

const INDENT = "  ";

const indent = (text: string): string =>
  text
    .split("\n")
    .map((line) => (line === "" ? line : INDENT + line))
    .join("\n");

const header = (name: string, color: boolean): string => (color ? `\x1b[1;32m${name}\x1b[0m` : name);

export function buttonRows(markup: ReplyMarkup | undefined): InlineButton[][] {
  return markup && "inline_keyboard" in markup ? (markup.inline_keyboard as InlineButton[][]) : [];
}

/** "[1] More answers  [2] Whole section", one line per keyboard row, numbered in reading order from 1. */
export function renderButtons(markup: ReplyMarkup | undefined): string[] {
  let number = 0;
  return buttonRows(markup).map((row) =>
    row
      .map((button) => {
        number += 1;
        return `[${number}] ${button.text}` + (button.url ? ` ${CHAT_TEXTS.opensUrl(button.url)}` : "");
      })
      .join("  "),
  );
}

export interface MessageView {
  sender: string;
  /** The number "#M.N" presses its buttons by; messages without buttons have none. */
  number?: number;
  text: string;
  entities: readonly TgEntity[];
  markup?: ReplyMarkup;
  edited: boolean;
}

export function renderMessageBlock(view: MessageView, color: boolean): string {
  const number = view.number === undefined ? "" : ` #${view.number}`;
  const title = header(view.sender, color) + number + (view.edited ? ` ${CHAT_TEXTS.edited}` : "") + ":";
  const body = indent(renderText(view.text, view.entities, color));
  const buttons = renderButtons(view.markup).map((line) => INDENT + line);
  return [title, body, ...buttons].join("\n") + "\n";
}

export interface InlineResultView {
  title?: string;
  description?: string;
}

export function renderInlineResults(query: string, results: readonly InlineResultView[], hasMore: boolean): string {
  if (results.length === 0) return CHAT_TEXTS.inlineEmpty(query) + "\n";
  const lines = results.map((result, index) => {
    const description = result.description ? ` — ${result.description}` : "";
    return `${INDENT}[${index + 1}] ${result.title ?? "(untitled)"}${description}`;
  });
  return [CHAT_TEXTS.inlineHeader(query), ...lines, ...(hasMore ? [CHAT_TEXTS.inlineMore] : []), CHAT_TEXTS.inlinePick]
    .join("\n")
    .concat("\n");
}
