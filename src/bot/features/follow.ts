import { Composer, type Context } from "telegraf";
import type { FollowRefusal } from "../../subscriptions/follow-rules.js";
import { hasWords } from "../input/question-of.js";
import { dropFollowData, keyId } from "../keyboards/subscription-data.js";
import { replyHtml } from "../replies.js";
import { readSettings, showView } from "../subscriptions/chat-settings.js";
import { chatOf } from "../subscriptions/chat-ref.js";
import type { SubscriptionDeps } from "../subscriptions/deps.js";
import { managersOnly } from "../subscriptions/managers-only.js";
import { followsView, settingsView } from "../subscriptions/settings-view.js";
import { subscriptionTextsOf, textsOf } from "../i18n/reader-texts.js";
import type { SubscriptionTexts } from "../subscription-texts.js";

/** Why the words cannot be followed, as the reader is told. */
function refusalText(T: SubscriptionTexts, refusal: FollowRefusal): string {
  switch (refusal.kind) {
    case "tooLong":
      return T.followTooLong(refusal.max);
    case "stopwords":
      return T.followStopwords(refusal.words);
    case "common":
      return T.followCommon(refusal.words);
    case "limit":
      return T.followLimit(refusal.max);
  }
}

/**
 * /follow <words>: new headlines and sections matching the words (typos tolerated, by the search engine) are
 * pushed whatever the subscription mode. /following lists them with a button to drop each.
 */
export function followFeature(deps: SubscriptionDeps): Composer<Context> {
  const composer = new Composer<Context>();

  composer.command(
    "follow",
    managersOnly(async (ctx) => {
      const words = ctx.payload.trim().replace(/\s+/g, " ");
      const T = subscriptionTextsOf(ctx);
      if (!hasWords(words)) return replyHtml(ctx, T.followUsage);
      const outcome = await deps.subscriptions.follow(chatOf(ctx), words);
      await replyHtml(ctx, outcome.kind === "added" ? T.followAdded(outcome.follow.query) : refusalText(T, outcome));
    }),
  );

  composer.command("following", async (ctx) =>
    showView(ctx, followsView(subscriptionTextsOf(ctx), await deps.subscriptions.follows(ctx.chat.id), "l")),
  );

  composer.action(
    dropFollowData.pattern,
    managersOnly(async (ctx) => {
      const data = dropFollowData.decode(ctx.match.input);
      const followId = data ? keyId(data.follow) : null;
      const chatId = ctx.chat?.id;
      if (!data || followId === null || chatId === undefined) return void (await ctx.answerCbQuery(textsOf(ctx).staleList));
      const dropped = await deps.subscriptions.unfollow(chatId, followId);
      await ctx.answerCbQuery(dropped ? subscriptionTextsOf(ctx).followDropped(dropped.query) : undefined);
      const settings = await readSettings(ctx, deps);
      const T = subscriptionTextsOf(ctx);
      await showView(ctx, data.view === "s" ? settingsView(T, "follows", settings) : followsView(T, settings.follows, "l"));
    }),
  );

  return composer;
}
