import { Composer, type Context } from "telegraf";
import { message } from "telegraf/filters";
import { replyHtml } from "../replies.js";
import { chatRefOf } from "../subscriptions/chat-ref.js";
import type { SubscriptionDeps } from "../subscriptions/deps.js";
import { subscriptionTextsOf } from "../i18n/reader-texts.js";

/**
 * A chat's life as subscriptions see it: /start from a chat marked inactive (it had blocked the bot) makes it
 * active again with its settings as they were, after /start's own reply; a group that became a supergroup takes
 * its subscription, follows and queued messages to the new chat id.
 */
export function chatLifecycleFeature(deps: SubscriptionDeps): Composer<Context> {
  const composer = new Composer<Context>();

  composer.on(message("migrate_to_chat_id"), async (ctx, next) => {
    await deps.subscriptions.migrate(ctx.chat.id, ctx.message.migrate_to_chat_id);
    return next();
  });

  composer.command("start", async (ctx, next) => {
    const chat = chatRefOf(ctx);
    if (!chat || !(await deps.subscriptions.reactivate(chat))) return next();
    await next();
    await replyHtml(ctx, subscriptionTextsOf(ctx).welcomeBack);
  });

  return composer;
}
