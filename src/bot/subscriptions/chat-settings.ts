import type { Context } from "telegraf";
import type { ChatSettings } from "../../subscriptions/subscription-service.js";
import { editHtml, replyHtml, type View } from "../replies.js";
import type { SubscriptionDeps } from "./deps.js";

/** The settings of the update's chat as stored now. */
export function readSettings(ctx: Context, deps: SubscriptionDeps): Promise<ChatSettings> {
  return deps.subscriptions.settings(ctx.chat?.id, ctx.chat?.type ?? "private");
}

/** Shows a view: in place of the message whose button was pressed, or as a reply to a command. */
export async function showView(ctx: Context, view: View): Promise<void> {
  if (ctx.callbackQuery && ctx.callbackQuery.message) await editHtml(ctx, view.html, view.markup);
  else await replyHtml(ctx, view.html, view.markup);
}
