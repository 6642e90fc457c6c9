import type { Context, MiddlewareFn } from "telegraf";
import type { Logger } from "../../log/logger.js";
import { callbackAnswered, markCallbackAnswered } from "./callback-state.js";
import { describeError } from "./error-boundary.js";

/**
 * A button press is acknowledged once: the update's answerCbQuery goes to Telegram the first time only, and a
 * failure of it (the query too old, a 5xx, a late answer) is logged, not thrown, so that it never undoes what the
 * handler saved, nor skips what it shows next. A later call (the error boundary's apology) is not sent.
 */
export function answerCallbackOnce(options: { logger: Logger; secrets: readonly string[] }): MiddlewareFn<Context> {
  return (ctx, next) => {
    if (!ctx.callbackQuery) return next();
    const answer = ctx.answerCbQuery.bind(ctx);
    ctx.answerCbQuery = (async (...args: Parameters<Context["answerCbQuery"]>) => {
      if (callbackAnswered(ctx)) return true;
      markCallbackAnswered(ctx);
      try {
        return await answer(...args);
      } catch (error) {
        options.logger.warn({ updateId: ctx.update.update_id, ...describeError(error, options.secrets) }, "button press not acknowledged");
        return false;
      }
    }) as Context["answerCbQuery"];
    return next();
  };
}
