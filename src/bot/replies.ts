import { TelegramError, type Context } from "telegraf";
import type { InlineKeyboardMarkup } from "telegraf/types";
import { textsOf } from "./i18n/reader-texts.js";

/** The options of every message of ours, inline results' included. */
export const HTML_OPTIONS = { parse_mode: "HTML", link_preview_options: { is_disabled: true } } as const;

/** A message the bot can send or edit to: its HTML and its buttons. */
export interface View {
  html: string;
  markup: InlineKeyboardMarkup;
}

/**
 * Sends our HTML to the update's chat. In a group it replies to the message it answers, so that the
 * answer is found beside its question.
 */
export async function replyHtml(ctx: Context, html: string, markup?: InlineKeyboardMarkup): Promise<void> {
  const message = ctx.message ?? ctx.editedMessage;
  const inGroup = ctx.chat?.type === "group" || ctx.chat?.type === "supergroup";
  await ctx.reply(html, {
    ...HTML_OPTIONS,
    ...(markup && markup.inline_keyboard.length > 0 ? { reply_markup: markup } : {}),
    ...(inGroup && message ? { reply_parameters: { message_id: message.message_id, allow_sending_without_reply: true } } : {}),
  });
}

/**
 * Replaces the text and buttons of the message whose button was pressed. A second press of the same
 * button before the first edit shows changes nothing, and Telegram says so with a 400: that is no error.
 */
export async function editHtml(ctx: Context, html: string, markup: InlineKeyboardMarkup): Promise<void> {
  try {
    await ctx.editMessageText(html, { ...HTML_OPTIONS, reply_markup: markup });
  } catch (error) {
    if (error instanceof TelegramError && error.code === 400 && /message is not modified/i.test(error.description)) return;
    throw error;
  }
}

/**
 * A button's answer: the pressed message becomes `view`, or, when the view no longer exists (an old button), the
 * reader is told the list has changed.
 */
export async function editOrStale(ctx: Context, view: View | null): Promise<void> {
  if (!view) return void (await ctx.answerCbQuery(textsOf(ctx).staleList));
  await editHtml(ctx, view.html, view.markup);
  await ctx.answerCbQuery();
}
