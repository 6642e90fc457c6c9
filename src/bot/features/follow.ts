import { Composer, type Context } from "telegraf";
import { judgeFollowWords } from "../../subscriptions/follow-words.js";
import { hasWords } from "../input/question-of.js";
import { dropFollowData, keyId } from "../keyboards/subscription-data.js";
import { replyHtml } from "../replies.js";
import { readSettings, saveSettings, showView } from "../subscriptions/chat-settings.js";
import { SUBSCRIPTION_DEFAULTS } from "../subscriptions/defaults.js";
import type { SubscriptionDeps } from "../subscriptions/deps.js";
import { managersOnly } from "../subscriptions/managers-only.js";
import { followsView, settingsView } from "../subscriptions/settings-view.js";
import { subscriptionTextsOf, textsOf } from "../i18n/reader-texts.js";

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
      if (!hasWords(words)) return replyHtml(ctx, subscriptionTextsOf(ctx).followUsage);
      if ([...words].length > SUBSCRIPTION_DEFAULTS.maxFollowLength) {
        return replyHtml(ctx, subscriptionTextsOf(ctx).followTooLong(SUBSCRIPTION_DEFAULTS.maxFollowLength));
      }
      const verdict = judgeFollowWords(deps.getSearch().wordShares(words));
      if (verdict.kind === "stopwords") return replyHtml(ctx, subscriptionTextsOf(ctx).followStopwords(verdict.words));
      if (verdict.kind === "common") return replyHtml(ctx, subscriptionTextsOf(ctx).followCommon(verdict.words));
      const store = deps.getStore();
      const follows = store.follows.list(ctx.chat.id);
      if (follows.length >= SUBSCRIPTION_DEFAULTS.maxFollows && !follows.some((follow) => follow.query === words)) {
        return replyHtml(ctx, subscriptionTextsOf(ctx).followLimit(SUBSCRIPTION_DEFAULTS.maxFollows));
      }
      const follow = store.follows.add(saveSettings(ctx, deps, {}), words);
      await replyHtml(ctx, subscriptionTextsOf(ctx).followAdded(follow.query));
    }),
  );

  composer.command("following", (ctx) =>
    showView(ctx, followsView(subscriptionTextsOf(ctx), deps.getStore().follows.list(ctx.chat.id), "l")),
  );

  composer.action(
    dropFollowData.pattern,
    managersOnly(async (ctx) => {
      const data = dropFollowData.decode(ctx.match.input);
      const followId = data ? keyId(data.follow) : null;
      const chatId = ctx.chat?.id;
      if (!data || followId === null || chatId === undefined) return void (await ctx.answerCbQuery(textsOf(ctx).staleList));
      const store = deps.getStore();
      const dropped = store.follows.list(chatId).find((follow) => follow.id === followId);
      if (dropped) store.follows.remove(chatId, followId);
      await ctx.answerCbQuery(dropped ? subscriptionTextsOf(ctx).followDropped(dropped.query) : undefined);
      const settings = readSettings(ctx, deps);
      const T = subscriptionTextsOf(ctx);
      await showView(ctx, data.view === "s" ? settingsView(T, "follows", settings) : followsView(T, settings.follows, "l"));
    }),
  );

  return composer;
}
