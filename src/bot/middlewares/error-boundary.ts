import type { Context } from "telegraf";
import { scrubSecrets, type Logger } from "../../log/logger.js";
import { readerTextsIfSet } from "../i18n/reader-texts.js";
import type { BotTexts } from "../texts.js";
import { callbackAnswered } from "./callback-state.js";

/** What is safe to log of an error: its name, message, Telegram's answer and stack, never the token. */
export function describeError(error: unknown, secrets: readonly string[]): Record<string, unknown> {
  if (!(error instanceof Error)) return { error: scrubSecrets(String(error), secrets) };
  const telegram = (error as { response?: { error_code?: number; description?: string } }).response;
  return {
    error: scrubSecrets(`${error.name}: ${error.message}`, secrets),
    ...(telegram?.error_code ? { errorCode: telegram.error_code, description: scrubSecrets(String(telegram.description), secrets) } : {}),
    stack: scrubSecrets(error.stack ?? "", secrets),
  };
}

async function apologise(ctx: Context, fallbackTexts: BotTexts): Promise<void> {
  // An update that failed before its reader's language was read gets the apology in English.
  const { failure } = readerTextsIfSet(ctx)?.bot ?? fallbackTexts;
  if (ctx.callbackQuery && !callbackAnswered(ctx)) return void (await ctx.answerCbQuery(failure));
  // A button of an inline message has no chat to write to.
  const inChat = ctx.callbackQuery ? ctx.callbackQuery.message !== undefined : Boolean(ctx.message || ctx.editedMessage);
  if (ctx.chat && inChat) await ctx.reply(failure);
}

/**
 * The handler for `bot.catch`: an update that failed is logged (without the token: errors from the
 * HTTP client carry the request URL, and that URL holds it), and the reader gets a short apology
 * where there is somewhere to say it: as the button's answer, or in the chat when the press was acknowledged
 * already (a callback is answered once). The bot goes on with the next update.
 */
export function errorBoundary(options: { logger: Logger; token: string; fallbackTexts: BotTexts }) {
  return async (error: unknown, ctx: Context): Promise<void> => {
    options.logger.error({ updateId: ctx.update.update_id, ...describeError(error, [options.token]) }, "update failed");
    try {
      await apologise(ctx, options.fallbackTexts);
    } catch (apologyError) {
      options.logger.warn(describeError(apologyError, [options.token]), "could not apologise for a failed update");
    }
  };
}
