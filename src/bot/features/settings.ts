import { Composer, type Context } from "telegraf";
import { digestHourData, isSettingsPanel, settingsPanelData } from "../keyboards/subscription-data.js";
import { chatCommand } from "../subscriptions/chat-command.js";
import { readSettings, showView } from "../subscriptions/chat-settings.js";
import { chatOf } from "../subscriptions/chat-ref.js";
import type { SubscriptionDeps } from "../subscriptions/deps.js";
import { managersOnly } from "../subscriptions/managers-only.js";
import { digestTimeOf, settingsView } from "../subscriptions/settings-view.js";
import { subscriptionTextsOf, textsOf } from "../i18n/reader-texts.js";

/**
 * /settings: mode, digest hour, zone, quiet hours and follows, with a button to change each; a button opens
 * that setting's choices in place, and a choice comes back to the settings with what changed on top.
 */
export function settingsFeature(deps: SubscriptionDeps): Composer<Context> {
  const composer = new Composer<Context>();

  composer.use(chatCommand("settings", async (ctx) => showView(ctx, settingsView(subscriptionTextsOf(ctx), "main", await readSettings(ctx, deps)))));

  composer.action(
    settingsPanelData.pattern,
    managersOnly(async (ctx) => {
      const panel = settingsPanelData.decode(ctx.match.input)?.panel;
      if (!panel || !isSettingsPanel(panel)) return void (await ctx.answerCbQuery(textsOf(ctx).staleList));
      await ctx.answerCbQuery();
      await showView(ctx, settingsView(subscriptionTextsOf(ctx), panel, await readSettings(ctx, deps)));
    }),
  );

  // Choosing the digest's hour is choosing the digest. Saved before the press is acknowledged, as every choice.
  composer.action(
    digestHourData.pattern,
    managersOnly(async (ctx) => {
      const hour = digestHourData.decode(ctx.match.input)?.hour;
      if (hour === undefined || hour > 23) return void (await ctx.answerCbQuery(textsOf(ctx).staleList));
      const subscriber = await deps.subscriptions.subscribe(chatOf(ctx), { mode: "daily", digestMinutes: hour * 60 });
      await ctx.answerCbQuery();
      const notice = subscriptionTextsOf(ctx).modeSet("daily", digestTimeOf(subscriber), subscriber.timezone);
      await showView(ctx, settingsView(subscriptionTextsOf(ctx), "main", await readSettings(ctx, deps), notice));
    }),
  );

  return composer;
}
