import { TelegramError, type Context } from "telegraf";
import type { InlineKeyboardMarkup } from "telegraf/types";

const HTML = { parse_mode: "HTML", link_preview_options: { is_disabled: true } } as const;

/**
 * Sends our HTML to the update's chat. In a group it replies to the message it answers, so that the
 * answer is found beside its question.
 */
export async function replyHtml(ctx: Context, html: string, markup?: InlineKeyboardMarkup): Promise<void> {
  const message = ctx.message ?? ctx.editedMessage;
  const inGroup = ctx.chat?.type === "group" || ctx.chat?.type === "supergroup";
  await ctx.reply(html, {
    ...HTML,
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
    await ctx.editMessageText(html, { ...HTML, reply_markup: markup });
  } catch (error) {
    if (error instanceof TelegramError && error.code === 400 && /message is not modified/i.test(error.description)) return;
    throw error;
  }
}
