import type { Context } from "telegraf";
import type { Subscriber, SubscriberPatch } from "../../core/subscribers.js";
import { editHtml, replyHtml, type View } from "../replies.js";
import { chatRefOf } from "./chat-ref.js";
import type { SubscriptionDeps } from "./deps.js";
import type { ChatSettings } from "./settings-view.js";

/** The settings of the update's chat as stored now. */
export function readSettings(ctx: Context, deps: SubscriptionDeps): ChatSettings {
  const store = deps.getStore();
  const chatId = ctx.chat?.id;
  return {
    subscriber: chatId === undefined ? null : store.subscribers.get(chatId),
    follows: chatId === undefined ? [] : store.follows.list(chatId),
    siteTimezone: deps.siteTimezone,
    chatType: ctx.chat?.type ?? "private",
  };
}

/**
 * Changes the update's chat's settings (creating its subscriber when new). A chat that changes its settings
 * is plainly reachable again, so one marked inactive after a 403 is active again.
 */
export function saveSettings(ctx: Context, deps: SubscriptionDeps, patch: SubscriberPatch): Subscriber {
  const chat = chatRefOf(ctx);
  if (!chat) throw new Error("a subscription needs a chat");
  return deps.getStore().subscribers.upsert(chat, { ...patch, active: true });
}

/** Shows a view: in place of the message whose button was pressed, or as a reply to a command. */
export async function showView(ctx: Context, view: View): Promise<void> {
  if (ctx.callbackQuery && ctx.callbackQuery.message) await editHtml(ctx, view.html, view.markup);
  else await replyHtml(ctx, view.html, view.markup);
}
