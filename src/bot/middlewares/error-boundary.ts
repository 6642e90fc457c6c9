import type { Context } from "telegraf";
import { scrubSecrets, type Logger } from "../../log/logger.js";
import { TEXTS } from "../texts.js";

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

/**
 * The handler for `bot.catch`: an update that failed is logged (without the token: errors from the
 * HTTP client carry the request URL, and that URL holds it), and the reader gets a short apology
 * where there is somewhere to say it. The bot goes on with the next update.
 */
export function errorBoundary(options: { logger: Logger; token: string }) {
  return async (error: unknown, ctx: Context): Promise<void> => {
    options.logger.error({ updateId: ctx.update.update_id, ...describeError(error, [options.token]) }, "update failed");
    try {
      if (ctx.callbackQuery) await ctx.answerCbQuery(TEXTS.failure);
      else if (ctx.chat && (ctx.message || ctx.editedMessage)) await ctx.reply(TEXTS.failure);
    } catch (apologyError) {
      options.logger.warn(describeError(apologyError, [options.token]), "could not apologise for a failed update");
    }
  };
}
