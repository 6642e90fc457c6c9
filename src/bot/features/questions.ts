import { Composer, TelegramError, type Context } from "telegraf";
import type { InlineKeyboardButton, InlineKeyboardMarkup } from "telegraf/types";
import type { QuestionLog } from "../../questions/question-log.js";
import type { BotFeature } from "../deps.js";
import { feedbackRows, isFeedbackRow, questionIdOf, REASONS, reasonData, VOTES, voteData, type FeedbackState } from "../keyboards/feedback-keyboard.js";
import { replyHtml } from "../replies.js";
import { textsOf } from "../i18n/reader-texts.js";

/** The console's one-time links, as the bot asks for them; null while the console is not listening. */
export interface ConsoleLinks {
  issueLink(): string | null;
  /** How long a link works, for the reader's message. */
  readonly linkMinutes: number;
}

export interface QuestionsFeatureDeps {
  questions: QuestionLog;
  retentionDays: number;
  adminIds: readonly number[];
  /** Null when CONSOLE_PORT is not set. */
  console: ConsoleLinks | null;
}

/** The pressed message's keyboard with its feedback rows replaced by `rows`, the other buttons kept. */
function withFeedback(markup: InlineKeyboardMarkup | undefined, rows: InlineKeyboardButton[][]): InlineKeyboardMarkup {
  const kept = (markup?.inline_keyboard ?? []).filter((row) => !isFeedbackRow(row));
  return { inline_keyboard: [...kept, ...rows] };
}

/**
 * Kept questions as a bot feature: the 👍 / 👎 under answers (in a private chat the reader's choice is marked, and
 * a 👎 offers its reasons; in a group the keyboard is everyone's, so a vote is only acknowledged), /privacy, and
 * /console, the editors' way into the web console.
 */
export function questionsFeature(deps: QuestionsFeatureDeps): BotFeature {
  const composer = new Composer<Context>();
  const mark = async (ctx: Context, questionId: number, state: FeedbackState) => {
    const message = ctx.callbackQuery?.message;
    if (ctx.chat?.type !== "private" || !message || !("reply_markup" in message)) return;
    try {
      await ctx.editMessageReplyMarkup(withFeedback(message.reply_markup, feedbackRows(questionId, textsOf(ctx), state)));
    } catch (error) {
      // A second press of the same button before the first edit shows: Telegram says nothing changed.
      if (!(error instanceof TelegramError && /message is not modified/i.test(error.description))) throw error;
    }
  };

  composer.action(voteData.pattern, async (ctx) => {
    const data = voteData.decode(ctx.match.input);
    const questionId = data ? questionIdOf(data.q) : null;
    const vote = data ? VOTES[data.vote as keyof typeof VOTES] : undefined;
    const t = textsOf(ctx).feedback;
    if (questionId === null || vote === undefined || !(await deps.questions.vote(questionId, ctx.from.id, vote))) {
      return void (await ctx.answerCbQuery(t.gone));
    }
    await ctx.answerCbQuery(vote === 1 || ctx.chat?.type !== "private" ? t.thanks : t.askReason);
    await mark(ctx, questionId, { vote, reason: null });
  });

  composer.action(reasonData.pattern, async (ctx) => {
    const data = reasonData.decode(ctx.match.input);
    const questionId = data ? questionIdOf(data.q) : null;
    const reason = data ? REASONS[data.why] : undefined;
    const t = textsOf(ctx).feedback;
    if (questionId === null || reason === undefined || !(await deps.questions.reason(questionId, ctx.from.id, reason))) {
      return void (await ctx.answerCbQuery(t.gone));
    }
    await ctx.answerCbQuery(t.thanks);
    await mark(ctx, questionId, { vote: -1, reason });
  });

  composer.command("privacy", (ctx) => replyHtml(ctx, textsOf(ctx).privacy(deps.retentionDays)));

  composer.command("console", async (ctx) => {
    const texts = textsOf(ctx).console;
    if (!ctx.from || !deps.adminIds.includes(ctx.from.id)) return replyHtml(ctx, texts.adminsOnly);
    // The link opens a session to every question: never in a group, where everyone would read it.
    if (ctx.chat.type !== "private") return replyHtml(ctx, texts.privateOnly);
    const link = deps.console?.issueLink() ?? null;
    await replyHtml(ctx, link ? texts.link(link, deps.console?.linkMinutes ?? 0) : texts.off);
  });

  return { middleware: composer, commands: (texts) => [...texts.bot.questionCommands] };
}
