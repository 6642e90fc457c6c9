import { Composer, type Context } from "telegraf";
import { composeStats } from "../../delivery/compose-stats.js";
import { replyHtml } from "../replies.js";
import type { SubscriptionDeps } from "../subscriptions/deps.js";

/**
 * /stats for the admins (ADMIN_IDS): subscribers by mode, follows, the outbox, sends and failures of the last
 * day, and each source's last poll and last error. To anyone else it is an unknown command.
 */
export function statsFeature(deps: SubscriptionDeps): Composer<Context> {
  const composer = new Composer<Context>();
  composer.command("stats", async (ctx, next) => {
    if (!deps.adminIds.includes(ctx.from.id)) return next();
    const store = deps.getStore();
    const zone = store.subscribers.get(ctx.from.id)?.timezone ?? deps.siteTimezone;
    await replyHtml(ctx, composeStats(store.stats(deps.now()), zone));
  });
  return composer;
}
