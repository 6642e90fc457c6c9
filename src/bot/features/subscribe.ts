import { Composer, type Context } from "telegraf";
import type { DeliveryMode } from "../../core/subscribers.js";
import type { ModeChoice } from "../../subscriptions/subscription-service.js";
import { modeKeyboard } from "../keyboards/settings-keyboards.js";
import { modeData, openSubscribeData, unsubscribeData } from "../keyboards/subscription-data.js";
import { replyHtml } from "../replies.js";
import { chatCommand } from "../subscriptions/chat-command.js";
import { readSettings, showView } from "../subscriptions/chat-settings.js";
import { chatOf } from "../subscriptions/chat-ref.js";
import { parseClockTime } from "../../time/clock-time.js";
import { parseUndoMode } from "../../subscriptions/unsubscribe.js";
import type { SubscriptionDeps } from "../subscriptions/deps.js";
import { managersOnly } from "../subscriptions/managers-only.js";
import { digestTimeOf, settingsView } from "../subscriptions/settings-view.js";
import { unsubscribeView } from "../subscriptions/unsubscribe-view.js";
import { subscriptionTextsOf, textsOf } from "../i18n/reader-texts.js";
const MODE_WORDS: ReadonlyMap<string, DeliveryMode> = new Map([
  ["instant", "instant"],
  ["all", "instant"],
  ["every", "instant"],
  ["daily", "daily"],
  ["digest", "daily"],
  ["off", "off"],
]);

/** `/subscribe daily 08:00` (or `daily at 7 pm`), `/subscribe instant`, `/subscribe off`, or a bare time for a digest then. */
function parseSubscribeArgs(payload: string): ModeChoice | "usage" | "time" {
  const words = payload.trim().toLowerCase().split(/\s+/);
  const mode = MODE_WORDS.get(words[0] ?? "");
  if (mode && mode !== "daily") return words.length === 1 ? { mode } : "usage";
  const timeText = (mode ? words.slice(1) : words).join(" ").replace(/^at\s+/, "");
  if (mode && timeText === "") return { mode };
  const time = parseClockTime(timeText);
  if (time !== null) return { mode: "daily", digestMinutes: time };
  return mode ? "time" : "usage";
}

/**
 * /subscribe (the choice as buttons, or said at once), the mode buttons, the Subscribe button of /start,
 * and /unsubscribe, in chats and channels. A choice also moves pushes to the forum topic it was made in.
 */
export function subscribeFeature(deps: SubscriptionDeps): Composer<Context> {
  const composer = new Composer<Context>();

  // The choice is saved before a button press is acknowledged: an acknowledgement that fails must not lose it.
  const setMode = async (ctx: Context, choice: ModeChoice, framing: (notice: string) => string = (notice) => notice) => {
    const subscriber = await deps.subscriptions.subscribe(chatOf(ctx), choice);
    if (ctx.callbackQuery) await ctx.answerCbQuery();
    const notice = subscriptionTextsOf(ctx).modeSet(subscriber.mode, digestTimeOf(subscriber), subscriber.timezone);
    await showView(ctx, settingsView(subscriptionTextsOf(ctx), "main", await readSettings(ctx, deps), framing(notice)));
  };

  const sendPrompt = async (ctx: Context) => {
    const { subscriber, zone } = await readSettings(ctx, deps);
    const T = subscriptionTextsOf(ctx);
    await replyHtml(ctx, T.subscribePrompt(digestTimeOf(subscriber), zone), modeKeyboard(T.buttons, subscriber?.mode ?? null));
  };

  composer.use(
    chatCommand(
      "subscribe",
      managersOnly(async (ctx) => {
        if (ctx.payload.trim() === "") return sendPrompt(ctx);
        const parsed = parseSubscribeArgs(ctx.payload);
        if (parsed === "usage") return replyHtml(ctx, subscriptionTextsOf(ctx).subscribeUsage);
        if (parsed === "time") return replyHtml(ctx, subscriptionTextsOf(ctx).timeUsage);
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
      if (mode !== "instant" && mode !== "daily" && mode !== "off") return void (await ctx.answerCbQuery(textsOf(ctx).staleList));
      await setMode(ctx, { mode });
    }),
  );

  composer.use(
    chatCommand(
      "unsubscribe",
      managersOnly(async (ctx) => {
        const { undo, follows } = await deps.subscriptions.unsubscribe(ctx.chat.id);
        await showView(ctx, unsubscribeView(subscriptionTextsOf(ctx), "done", undo, follows));
      }),
    ),
  );

  // The buttons under /unsubscribe: undo it, or stop the follows too (asked once more, as they cannot come back).
  composer.action(
    unsubscribeData.pattern,
    managersOnly(async (ctx) => {
      const data = unsubscribeData.decode(ctx.match.input);
      const chatId = ctx.chat?.id;
      const undo = data ? parseUndoMode(data.undo) : null;
      if (!data || chatId === undefined || (data.act === "undo" && !undo)) return void (await ctx.answerCbQuery(textsOf(ctx).staleList));
      switch (data.act) {
        case "undo":
          // setMode saves the choice, then acknowledges the press.
          return setMode(ctx, { mode: undo ?? "off" }, subscriptionTextsOf(ctx).undone);
        case "yes": {
          const dropped = await deps.subscriptions.unfollowAll(chatId);
          await showView(ctx, unsubscribeView(subscriptionTextsOf(ctx), dropped.length > 0 ? "dropped" : "done", undo, dropped));
          return void (await ctx.answerCbQuery());
        }
        case "drop":
        case "keep": {
          // The follows may have changed since the message was sent: the question is asked of those there are now.
          const follows = await deps.subscriptions.follows(chatId);
          const step = data.act === "drop" && follows.length > 0 ? "confirm" : "done";
          await showView(ctx, unsubscribeView(subscriptionTextsOf(ctx), step, undo, follows));
          return void (await ctx.answerCbQuery());
        }
        default:
          return void (await ctx.answerCbQuery(textsOf(ctx).staleList));
      }
    }),
  );

  return composer;
}
