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
import { SUBSCRIPTION_TEXTS, TEXTS } from "../texts.js";

const T = SUBSCRIPTION_TEXTS;

/** Why the words cannot be followed, as the reader is told. */
function refusalText(refusal: FollowRefusal): string {
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
      if (!hasWords(words)) return replyHtml(ctx, T.followUsage);
      const outcome = deps.subscriptions.follow(chatOf(ctx), words);
      await replyHtml(ctx, outcome.kind === "added" ? T.followAdded(outcome.follow.query) : refusalText(outcome));
    }),
  );

  composer.command("following", (ctx) => showView(ctx, followsView(deps.subscriptions.follows(ctx.chat.id), "l")));

  composer.action(
    dropFollowData.pattern,
    managersOnly(async (ctx) => {
      const data = dropFollowData.decode(ctx.match.input);
      const followId = data ? keyId(data.follow) : null;
      const chatId = ctx.chat?.id;
      if (!data || followId === null || chatId === undefined) return void (await ctx.answerCbQuery(TEXTS.staleList));
      const dropped = deps.subscriptions.unfollow(chatId, followId);
      await ctx.answerCbQuery(dropped ? T.followDropped(dropped.query) : undefined);
      const settings = readSettings(ctx, deps);
      await showView(ctx, data.view === "s" ? settingsView("follows", settings) : followsView(settings.follows, "l"));
    }),
  );

  return composer;
}
