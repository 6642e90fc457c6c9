import { Composer, type Context } from "telegraf";
import type { QuietHours } from "../../core/subscribers.js";
import { quietKeyboard } from "../keyboards/settings-keyboards.js";
import { quietData } from "../keyboards/subscription-data.js";
import { replyHtml } from "../replies.js";
import { readSettings, showView } from "../subscriptions/chat-settings.js";
import { chatOf } from "../subscriptions/chat-ref.js";
import { formatQuietHours, parseQuietHours, type QuietMistake } from "../../time/clock-time.js";
import { formatClockTime } from "../../time/zoned-time.js";
import { SUBSCRIPTION_DEFAULTS } from "../subscriptions/defaults.js";
import type { SubscriptionDeps } from "../subscriptions/deps.js";
import { managersOnly } from "../subscriptions/managers-only.js";
import { settingsView } from "../subscriptions/settings-view.js";
import { subscriptionTextsOf, textsOf } from "../i18n/reader-texts.js";
import type { SubscriptionTexts } from "../subscription-texts.js";

/** What the reader is told about quiet hours that cannot be read: the very mistake. */
function mistakeText(T: SubscriptionTexts, mistake: QuietMistake, typed: string): string {
  switch (mistake.kind) {
    case "same":
      return T.quietSame(formatClockTime(mistake.minutes));
    case "oneTime":
      return T.quietOneTime(typed.trim());
    case "badTime":
      return T.quietBadTime(mistake.text);
  }
}

/** /quiet 23:00-07:00 or /quiet off, or /quiet and a button: pushes that come in the window wait for its end. */
export function quietFeature(deps: SubscriptionDeps): Composer<Context> {
  const composer = new Composer<Context>();

  const setQuiet = async (ctx: Context, quiet: QuietHours | null): Promise<string> => {
    const subscriber = await deps.subscriptions.setQuiet(chatOf(ctx), quiet);
    const T = subscriptionTextsOf(ctx);
    return quiet ? T.quietSet(formatQuietHours(quiet), subscriber.timezone) : T.quietOff;
  };

  composer.command(
    "quiet",
    managersOnly(async (ctx) => {
      if (ctx.payload.trim() === "") {
        const { subscriber, zone } = await readSettings(ctx, deps);
        const quiet = subscriber?.quiet ?? null;
        const T = subscriptionTextsOf(ctx);
        return replyHtml(ctx, T.quietPrompt(quiet && formatQuietHours(quiet), zone), quietKeyboard(T.buttons, quiet, false));
      }
      const parsed = parseQuietHours(ctx.payload);
      if (parsed.kind === "mistake") return replyHtml(ctx, mistakeText(subscriptionTextsOf(ctx), parsed.mistake, ctx.payload));
      await replyHtml(ctx, await setQuiet(ctx, parsed.kind === "off" ? null : parsed.quiet));
    }),
  );

  composer.action(
    quietData.pattern,
    managersOnly(async (ctx) => {
      const preset = quietData.decode(ctx.match.input)?.preset;
      const quiet = preset === undefined || preset === 0 ? null : SUBSCRIPTION_DEFAULTS.quietPresets[preset - 1];
      if (preset === undefined || quiet === undefined) return void (await ctx.answerCbQuery(textsOf(ctx).staleList));
      const notice = await setQuiet(ctx, quiet && { start: quiet.start, end: quiet.end });
      await ctx.answerCbQuery();
      await showView(ctx, settingsView(subscriptionTextsOf(ctx), "main", await readSettings(ctx, deps), notice));
    }),
  );

  return composer;
}
