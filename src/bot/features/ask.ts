import { Composer, type Context } from "telegraf";
import { anyOf, editedMessage, message } from "telegraf/filters";
import type { SmallTalk } from "../../answers/small-talk.js";
import type { Answer } from "../../search/types.js";
import type { ReplyKind } from "../../store/question-types.js";
import type { AnswerLists } from "../answer-lists.js";
import { answerContext, answerView, readResults, relatedView } from "../answer-view.js";
import { BOT_DEFAULTS } from "../defaults.js";
import type { BotDeps } from "../deps.js";
import { questionOf, type Question } from "../input/question-of.js";
import { menuKeyboard } from "../keyboards/menu-keyboard.js";
import { floodGuard, type FloodControl } from "../middlewares/flood-control.js";
import { readerZone } from "../reader-zone.js";
import { replyHtml } from "../replies.js";
import { textsOf } from "../i18n/reader-texts.js";

/**
 * Questions: /ask and /search anywhere, any text in private, mentions and replies to the bot in groups.
 * An edited question is answered again, as the reader most likely fixed a typo. Small talk gets a friendly
 * reply; otherwise the reply is the answers, or related coverage saying what our articles lack, or not found.
 * Each question is kept for the editors (deps.questions), and an answer then carries 👍 / 👎.
 */
export function askFeature(deps: BotDeps, lists: AnswerLists, flood: FloodControl, smallTalk: SmallTalk): Composer<Context> {
  const composer = new Composer<Context>();

  const questionIn = (ctx: Context): Question | null => {
    const msg = ctx.message ?? ctx.editedMessage;
    if (!msg || !("text" in msg)) return null;
    return questionOf(msg, { id: ctx.botInfo.id, username: ctx.me });
  };

  const keep = async (ctx: Context, text: string, reply: ReplyKind, passage: Answer | null): Promise<number | null> =>
    ctx.chat ? ((await deps.questions?.record({ chatId: ctx.chat.id, text, reply, passage, language: textsOf(ctx).language })) ?? null) : null;

  const answer = async (ctx: Context) => {
    const question = questionIn(ctx);
    if (!question) return;
    const texts = textsOf(ctx);
    if (question.command && question.text === "") return replyHtml(ctx, texts.askUsage);
    if ([...question.text].length > BOT_DEFAULTS.maxQuestionLength) return replyHtml(ctx, texts.tooLong(BOT_DEFAULTS.maxQuestionLength));
    const reading = smallTalk.read(question.text);
    if (reading.kind) {
      await keep(ctx, question.text, "small_talk", null);
      return replyHtml(ctx, texts.smallTalk[reading.kind]);
    }
    const text = reading.question;
    const results = deps.getSearch().search(text, { limit: BOT_DEFAULTS.answersPerQuestion });
    const { answers, related } = readResults(results);
    const context = answerContext(deps.getCorpus(), deps.getSearch(), await readerZone(deps, ctx), texts);
    const reply: ReplyKind = related ? "related" : answers.length > 0 ? "answer" : "not_found";
    const questionId = await keep(ctx, text, reply, related ?? answers[0] ?? null);
    const view = related
      ? relatedView({ question: text, answer: related, context, questionId })
      : answers.length > 0
        ? answerView({ answers, list: lists.save(answers, questionId), index: 0, context, questionId })
        : null;
    if (!view) return replyHtml(ctx, texts.notFound(text), menuKeyboard(texts));
    await replyHtml(ctx, view.html, view.markup);
  };

  composer.on(
    anyOf(message("text"), editedMessage("text")),
    Composer.optional((ctx) => questionIn(ctx) !== null, floodGuard(flood, BOT_DEFAULTS.floodWindowMs), answer),
  );
  return composer;
}
