import { Composer, type Context } from "telegraf";
import { findExplanation } from "../../search/explanation.js";
import { answeredSection } from "../answer-view.js";
import { formatAnswer } from "../format/answer.js";
import { explainData, keyId } from "../keyboards/subscription-data.js";
import { wholeSectionButton } from "../keyboards/whole-section.js";
import { replyHtml } from "../replies.js";
import type { SubscriptionDeps } from "../subscriptions/deps.js";
import { subscriptionTextsOf, textsOf } from "../i18n/reader-texts.js";

/**
 * The Explain button under every pushed headline: the best section excerpt about it from the corpus (with its
 * Whole section button), or a reply saying there is none; in a channel, the excerpt's start as an alert to the
 * reader who pressed. The item comes from the store, so the button works after restarts and corpus reloads.
 */
export function explainFeature(deps: SubscriptionDeps): Composer<Context> {
  const composer = new Composer<Context>();

  composer.action(explainData.pattern, async (ctx) => {
    const key = explainData.decode(ctx.match.input)?.item;
    const itemId = key === undefined ? null : keyId(key);
    const item = itemId === null ? null : await deps.itemById(itemId);
    if (!item) return void (await ctx.answerCbQuery(itemId === null ? textsOf(ctx).staleList : subscriptionTextsOf(ctx).explainGone));
    const answer = findExplanation(deps.getSearch(), item);
    // A reply in a channel would be posted to all its readers at one reader's press: the presser alone sees it.
    if (ctx.chat?.type === "channel") {
      const alert = answer
        ? subscriptionTextsOf(ctx).explainAlert(answer.section ?? answer.headline, answer.excerpt)
        : subscriptionTextsOf(ctx).explainNoneAlert(item.title);
      return void (await ctx.answerCbQuery(alert, { show_alert: true }));
    }
    await ctx.answerCbQuery();
    if (!ctx.chat) return;
    if (!answer) return replyHtml(ctx, subscriptionTextsOf(ctx).explainNone(item.title));
    const zone = await deps.subscriptions.readerZone(ctx.chat.id);
    const section = answeredSection(deps.getCorpus(), answer);
    await replyHtml(ctx, formatAnswer(answer, { timeZone: zone, texts: textsOf(ctx) }), {
      inline_keyboard: section ? [[wholeSectionButton(textsOf(ctx).buttons.wholeSection, section.article, section.sectionIndex)]] : [],
    });
  });

  return composer;
}
