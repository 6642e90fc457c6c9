import type { Context, MiddlewareFn } from "telegraf";
import { replyHtml } from "../replies.js";
import { subscriptionTextsOf } from "../i18n/reader-texts.js";

const MANAGING_STATUSES = new Set(["creator", "administrator"]);

/**
 * Whether the sender may change the chat's subscription: anyone in their own private chat, only the admins
 * in a group or channel (asked of Telegram each time, so a demoted admin loses it at once). A message an admin
 * posts anonymously comes from the group itself, and a channel's posts from the channel: only admins post there.
 */
async function canManageChat(ctx: Context): Promise<boolean> {
  const chat = ctx.chat;
  if (!chat) return false;
  if (chat.type === "private") return true;
  const message = ctx.message ?? ctx.channelPost;
  if (message && "sender_chat" in message && message.sender_chat?.id === chat.id) return true;
  if (!ctx.from) return false;
  const member = await ctx.telegram.getChatMember(chat.id, ctx.from.id);
  return MANAGING_STATUSES.has(member.status);
}

/** Runs `handler` for those who may change the chat's subscription; tells the others why nothing happens. */
export function managersOnly<C extends Context>(handler: MiddlewareFn<C>): MiddlewareFn<C> {
  return async (ctx, next) => {
    if (await canManageChat(ctx)) return handler(ctx, next);
    const T = subscriptionTextsOf(ctx);
    const refusal = ctx.chat?.type === "channel" ? T.channelAdminsOnly : T.adminsOnly;
    if (ctx.callbackQuery) await ctx.answerCbQuery(refusal, { show_alert: true });
    else await replyHtml(ctx, refusal);
  };
}
