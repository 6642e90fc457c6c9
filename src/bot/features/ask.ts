import { Composer, type Context } from "telegraf";
import { anyOf, editedMessage, message } from "telegraf/filters";
import type { AnswerLists } from "../answer-lists.js";
import { answerView } from "../answer-view.js";
import { BOT_DEFAULTS } from "../defaults.js";
import type { BotDeps } from "../deps.js";
import { hasWords, questionOf, type Question } from "../input/question-of.js";
import { menuKeyboard } from "../keyboards/menu-keyboard.js";
import { floodGuard, type FloodControl } from "../middlewares/flood-control.js";
import { readerZone } from "../reader-zone.js";
import { replyHtml } from "../replies.js";
import { TEXTS } from "../texts.js";

/**
 * Questions: /ask and /search anywhere, any text in private, mentions and replies to the bot in groups.
 * An edited question is answered again, as the reader most likely fixed a typo.
 */
export function askFeature(deps: BotDeps, lists: AnswerLists, flood: FloodControl): Composer<Context> {
  const composer = new Composer<Context>();

  const questionIn = (ctx: Context): Question | null => {
    const msg = ctx.message ?? ctx.editedMessage;
    if (!msg || !("text" in msg)) return null;
    return questionOf(msg, { id: ctx.botInfo.id, username: ctx.me });
  };

  const answer = async (ctx: Context) => {
    const question = questionIn(ctx);
    if (!question) return;
    const { text } = question;
    if (text === "") return question.command ? replyHtml(ctx, TEXTS.askUsage) : undefined;
    if ([...text].length > BOT_DEFAULTS.maxQuestionLength) return replyHtml(ctx, TEXTS.tooLong(BOT_DEFAULTS.maxQuestionLength));
    if (!hasWords(text)) return replyHtml(ctx, TEXTS.noWords);
    const answers = deps.getSearch().search(text, { limit: BOT_DEFAULTS.answersPerQuestion });
    if (answers.length === 0) return replyHtml(ctx, TEXTS.notFound(text), menuKeyboard());
    const view = answerView({
      corpus: deps.getCorpus(),
      answers,
      list: lists.save(answers),
      index: 0,
      timeZone: readerZone(deps, ctx),
    });
    if (view) await replyHtml(ctx, view.html, view.markup);
  };

  composer.on(
    anyOf(message("text"), editedMessage("text")),
    Composer.optional((ctx) => questionIn(ctx) !== null, floodGuard(flood, BOT_DEFAULTS.floodWindowMs), answer),
  );
  return composer;
}
