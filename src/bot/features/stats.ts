import { Composer, TelegramError, type Context } from "telegraf";
import { composeStats } from "../../delivery/compose-stats.js";
import { sendResultFromBotApiError } from "../../delivery/send-result.js";
import { HTML_OPTIONS, replyHtml } from "../replies.js";
import type { SubscriptionDeps } from "../subscriptions/deps.js";
import { subscriptionTextsOf } from "../i18n/reader-texts.js";

/**
 * Telegram refuses a first private message to a user who never started the bot (403), or one it does not know:
 * the refusals the sender reads as a reader out of reach. Any other error is a fault, for the error boundary.
 */
const cannotWriteTo = (error: unknown): boolean =>
  error instanceof TelegramError && sendResultFromBotApiError(error.response).kind === "blocked";

/**
 * /stats for the admins (ADMIN_IDS): subscribers by mode, follows, the outbox, sends and failures of the last
 * day, and each source's last poll and last error. To anyone else it is an unknown command. Asked in a group, the
 * figures go to the admin in private, not to the whole group; the group hears only how to ask, when the bot
 * cannot write to the admin yet.
 */
export function statsFeature(deps: SubscriptionDeps): Composer<Context> {
  const composer = new Composer<Context>();
  composer.command("stats", async (ctx, next) => {
    const adminId = ctx.from?.id;
    if (adminId === undefined || !deps.adminIds.includes(adminId)) return next();
    const html = composeStats(await deps.stats(deps.now()), await deps.subscriptions.readerZone(adminId));
    if (ctx.chat.type === "private") return replyHtml(ctx, html);
    try {
      await ctx.telegram.sendMessage(adminId, html, HTML_OPTIONS);
    } catch (error) {
      if (!cannotWriteTo(error)) throw error;
      deps.logger.info({ adminId, chatId: ctx.chat.id }, "/stats asked in a group by an admin the bot cannot write to");
      await replyHtml(ctx, subscriptionTextsOf(ctx).statsInPrivate(ctx.me));
    }
  });
  return composer;
}
