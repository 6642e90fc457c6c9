import { API_ERRORS, badRequest } from "./api-error.js";
import type { InlineButton, InlineKeyboardMarkup, ReplyMarkup } from "./telegram-types.js";

/** Telegram's limit on callback_data, in bytes. */
export const CALLBACK_DATA_LIMIT = 64;

const BUTTON_ACTIONS = [
  "callback_data",
  "url",
  "switch_inline_query",
  "switch_inline_query_current_chat",
  "switch_inline_query_chosen_chat",
  "login_url",
  "web_app",
  "copy_text",
  "callback_game",
  "pay",
] as const;

function isInlineKeyboard(markup: unknown): markup is InlineKeyboardMarkup {
  return typeof markup === "object" && markup !== null && "inline_keyboard" in markup;
}

/** Checks reply_markup as Telegram does; returns it unchanged, or throws the 400 Telegram would answer. */
export function validateReplyMarkup(markup: unknown): ReplyMarkup | undefined {
  if (markup === undefined || markup === null) return undefined;
  if (typeof markup !== "object" || Array.isArray(markup)) throw badRequest(API_ERRORS.markupInvalid);
  if (!isInlineKeyboard(markup)) return markup as ReplyMarkup;
  const rows: unknown = markup.inline_keyboard;
  if (!Array.isArray(rows) || rows.some((row) => !Array.isArray(row))) throw badRequest(API_ERRORS.markupInvalid);
  for (const row of rows as unknown[][]) for (const button of row) validateButton(button);
  // An empty inline keyboard is how a bot removes the buttons; Telegram then stores no markup at all.
  return flatButtons(markup).length > 0 ? markup : undefined;
}

function validateButton(value: unknown): void {
  if (typeof value !== "object" || value === null) throw badRequest(API_ERRORS.markupInvalid);
  const button = value as InlineButton;
  if (typeof button.text !== "string") throw badRequest(API_ERRORS.markupInvalid);
  const actions = BUTTON_ACTIONS.filter((key) => button[key] !== undefined);
  if (actions.length !== 1) throw badRequest(API_ERRORS.buttonTypeInvalid);
  if (button.callback_data !== undefined) {
    const bytes = Buffer.byteLength(String(button.callback_data), "utf8");
    if (typeof button.callback_data !== "string" || bytes === 0 || bytes > CALLBACK_DATA_LIMIT) {
      throw badRequest(API_ERRORS.buttonDataInvalid);
    }
  }
  if (button.url !== undefined && !isButtonUrl(button.url)) throw badRequest(API_ERRORS.buttonUrlInvalid);
}

function isButtonUrl(url: unknown): boolean {
  if (typeof url !== "string") return false;
  try {
    return ["http:", "https:", "tg:"].includes(new URL(url).protocol);
  } catch {
    return false;
  }
}

/** The inline buttons of a markup in reading order (row by row); empty for any other markup. */
export function flatButtons(markup: ReplyMarkup | undefined): InlineButton[] {
  return isInlineKeyboard(markup) ? markup.inline_keyboard.flat() : [];
}

/** Telegram's "not modified" check compares the keyboards as data, not as JSON text. */
export function sameMarkup(a: ReplyMarkup | undefined, b: ReplyMarkup | undefined): boolean {
  return canonical(a ?? null) === canonical(b ?? null);
}

function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (value && typeof value === "object") {
    const entries = Object.entries(value)
      .filter(([, v]) => v !== undefined && v !== null)
      .sort(([a], [b]) => a.localeCompare(b));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(",")}}`;
  }
  return JSON.stringify(value);
}
