import { Composer, type Context } from "telegraf";
import { message } from "telegraf/filters";
import { formatTime } from "../../time/format-date.js";
import { resolveZone } from "../../time/zone-names.js";
import { zoneAtLocation } from "../../time/zone-of-location.js";
import { zoneKeyboard } from "../keyboards/settings-keyboards.js";
import { zoneData } from "../keyboards/subscription-data.js";
import { replyHtml } from "../replies.js";
import { readSettings, showView } from "../subscriptions/chat-settings.js";
import { chatOf } from "../subscriptions/chat-ref.js";
import { SUBSCRIPTION_DEFAULTS } from "../subscriptions/defaults.js";
import type { SubscriptionDeps } from "../subscriptions/deps.js";
import { managersOnly } from "../subscriptions/managers-only.js";
import { settingsView } from "../subscriptions/settings-view.js";
import { subscriptionTextsOf, textsOf } from "../i18n/reader-texts.js";

/**
 * /timezone Berlin (a city of any zone, an IANA name, or an offset such as UTC+4), a location shared in a private
 * chat, or /timezone and a button of the common zones. The zone dates, digests and quiet hours go by.
 */
export function timezoneFeature(deps: SubscriptionDeps): Composer<Context> {
  const composer = new Composer<Context>();
  const confirmation = (ctx: Context, zone: string) => subscriptionTextsOf(ctx).timezoneSet(zone, formatTime(deps.now(), zone));

  composer.command(
    "timezone",
    managersOnly(async (ctx) => {
      const typed = ctx.payload.trim();
      if (typed === "") {
        const { zone } = await readSettings(ctx, deps);
        const T = subscriptionTextsOf(ctx);
        return replyHtml(ctx, T.timezonePrompt(zone), zoneKeyboard(T.buttons, zone, false));
      }
      const zone = resolveZone(typed, deps.now());
      if (!zone) return replyHtml(ctx, subscriptionTextsOf(ctx).timezoneUnknown(typed));
      await deps.subscriptions.setZone(chatOf(ctx), zone);
      await replyHtml(ctx, confirmation(ctx, zone));
    }),
  );

  // In a group a shared location is news or a meeting point, not a setting: only a private chat's sets the zone.
  composer.on(message("location"), async (ctx, next) => {
    if (ctx.chat.type !== "private") return next();
    const zone = zoneAtLocation(ctx.message.location.latitude, ctx.message.location.longitude);
    if (!zone) return replyHtml(ctx, subscriptionTextsOf(ctx).timezoneNoLocation);
    await deps.subscriptions.setZone(chatOf(ctx), zone);
    await replyHtml(ctx, confirmation(ctx, zone));
  });

  composer.action(
    zoneData.pattern,
    managersOnly(async (ctx) => {
      const index = zoneData.decode(ctx.match.input)?.zone;
      const zone = index === undefined ? undefined : SUBSCRIPTION_DEFAULTS.commonZones[index];
      if (!zone) return void (await ctx.answerCbQuery(textsOf(ctx).staleList));
      await deps.subscriptions.setZone(chatOf(ctx), zone);
      await ctx.answerCbQuery();
      await showView(ctx, settingsView(subscriptionTextsOf(ctx), "main", await readSettings(ctx, deps), confirmation(ctx, zone)));
    }),
  );

  return composer;
}
