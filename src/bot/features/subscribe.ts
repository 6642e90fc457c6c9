import { Composer, type Context } from "telegraf";
import type { DeliveryMode, SubscriberPatch } from "../../store/types.js";
import { modeKeyboard } from "../keyboards/settings-keyboards.js";
import { modeData, openSubscribeData } from "../keyboards/subscription-data.js";
import { replyHtml } from "../replies.js";
import { chatCommand } from "../subscriptions/chat-command.js";
import { readSettings, saveSettings, showView } from "../subscriptions/chat-settings.js";
import { chatRefOf } from "../subscriptions/chat-ref.js";
import { parseClockTime } from "../subscriptions/clock-time.js";
import type { SubscriptionDeps } from "../subscriptions/deps.js";
import { managersOnly } from "../subscriptions/managers-only.js";
import { digestTimeOf, settingsView, zoneOf } from "../subscriptions/settings-view.js";
import { SUBSCRIPTION_TEXTS, TEXTS } from "../texts.js";

const T = SUBSCRIPTION_TEXTS;
const MODE_WORDS: ReadonlyMap<string, DeliveryMode> = new Map([
  ["instant", "instant"],
  ["all", "instant"],
  ["every", "instant"],
  ["daily", "daily"],
  ["digest", "daily"],
  ["off", "off"],
]);

/** `/subscribe daily 08:00`, `/subscribe instant`, `/subscribe off`, or a bare time for a digest then. */
function parseSubscribeArgs(payload: string): SubscriberPatch | "usage" | "time" {
  const [first = "", second, ...rest] = payload.trim().toLowerCase().split(/\s+/);
  if (rest.length > 0) return "usage";
  const mode = MODE_WORDS.get(first);
  const time = parseClockTime(mode === "daily" ? (second ?? "") : first);
  if (mode === "daily") {
    if (second === undefined) return { mode };
    return time === null ? "time" : { mode, digestMinutes: time };
  }
  if (mode) return second === undefined ? { mode } : "usage";
  return time !== null && second === undefined ? { mode: "daily", digestMinutes: time } : "usage";
}

/**
 * /subscribe (the choice as buttons, or said at once), the mode buttons, the Subscribe button of /start,
 * and /unsubscribe, in chats and channels. A choice also moves pushes to the forum topic it was made in.
 */
export function subscribeFeature(deps: SubscriptionDeps): Composer<Context> {
  const composer = new Composer<Context>();

  // The choice is saved before a button press is acknowledged: an acknowledgement that fails must not lose it.
  const setMode = async (ctx: Context, patch: SubscriberPatch) => {
    const subscriber = saveSettings(ctx, deps, { ...patch, threadId: chatRefOf(ctx)?.threadId ?? null });
    if (ctx.callbackQuery) await ctx.answerCbQuery();
    const notice = T.modeSet(subscriber.mode, digestTimeOf(subscriber), subscriber.timezone);
    await showView(ctx, settingsView("main", readSettings(ctx, deps), notice));
  };

  const sendPrompt = async (ctx: Context) => {
    const { subscriber } = readSettings(ctx, deps);
    const zone = zoneOf({ subscriber, siteTimezone: deps.siteTimezone });
    await replyHtml(ctx, T.subscribePrompt(digestTimeOf(subscriber), zone), modeKeyboard(subscriber?.mode ?? null));
  };

  composer.use(
    chatCommand(
      "subscribe",
      managersOnly(async (ctx) => {
        if (ctx.payload.trim() === "") return sendPrompt(ctx);
        const parsed = parseSubscribeArgs(ctx.payload);
        if (parsed === "usage") return replyHtml(ctx, T.subscribeUsage);
        if (parsed === "time") return replyHtml(ctx, T.timeUsage);
        await setMode(ctx, parsed);
      }),
    ),
  );

  composer.action(openSubscribeData.pattern, async (ctx) => {
    await ctx.answerCbQuery();
    if (ctx.chat) await sendPrompt(ctx);
  });

  composer.action(
    modeData.pattern,
    managersOnly(async (ctx) => {
      const mode = modeData.decode(ctx.match.input)?.mode;
      if (mode !== "instant" && mode !== "daily" && mode !== "off") return void (await ctx.answerCbQuery(TEXTS.staleList));
      await setMode(ctx, { mode });
    }),
  );

  composer.use(
    chatCommand(
      "unsubscribe",
      managersOnly(async (ctx) => {
        deps.getStore().subscribers.unsubscribe(ctx.chat.id);
        await replyHtml(ctx, T.unsubscribed);
      }),
    ),
  );

  return composer;
}
