import { Composer, type Context } from "telegraf";
import type { AnswerLists } from "../answer-lists.js";
import { answerContext, answerView } from "../answer-view.js";
import type { BotDeps } from "../deps.js";
import { formatSection } from "../format/section.js";
import { answerNavData } from "../keyboards/answer-keyboard.js";
import { sectionNavKeyboard } from "../keyboards/sections-keyboard.js";
import { resolveWholeSection, wholeSectionData } from "../keyboards/whole-section.js";
import { readerZone } from "../reader-zone.js";
import { editOrStale, replyHtml } from "../replies.js";
import { textsOf } from "../i18n/reader-texts.js";

/**
 * The buttons of an answer: More answers and Back edit it in place; Whole section sends the section, whose last
 * message carries the way on through its article (previous, next, back to the article).
 */
export function answersFeature(deps: BotDeps, lists: AnswerLists): Composer<Context> {
  const composer = new Composer<Context>();

  composer.action(answerNavData.pattern, async (ctx) => {
    const data = answerNavData.decode(ctx.match.input);
    const answers = data ? lists.get(data.list) : undefined;
    await editOrStale(
      ctx,
      data && answers
        ? answerView({
            answers,
            list: data.list,
            index: data.index,
            questionId: lists.questionOf(data.list),
            context: answerContext(deps.getCorpus(), deps.getSearch(), await readerZone(deps, ctx), textsOf(ctx)),
          })
        : null,
    );
  });

  composer.action(wholeSectionData.pattern, async (ctx) => {
    const target = resolveWholeSection(deps.getCorpus(), ctx.match.input);
    // A button of an inline message has no chat the bot can write to.
    if (!target || !ctx.chat) return void (await ctx.answerCbQuery(textsOf(ctx).staleList));
    await ctx.answerCbQuery();
    const parts = formatSection(target.article, target.sectionIndex, await readerZone(deps, ctx), textsOf(ctx));
    for (const [i, html] of parts.entries()) {
      const last = i === parts.length - 1;
      await replyHtml(ctx, html, last ? sectionNavKeyboard(target.article, target.sectionIndex, textsOf(ctx)) : undefined);
    }
  });

  return composer;
}
