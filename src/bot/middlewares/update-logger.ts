import type { Context, MiddlewareFn } from "telegraf";
import type { Logger } from "../../log/logger.js";

/** The kind of an update, as Telegram names it (message, callback_query, inline_query...). */
function updateType(ctx: Context): string {
  return Object.keys(ctx.update).find((key) => key !== "update_id") ?? "unknown";
}

/**
 * One log line per update, once it is handled, with its latency. No message text: readers' questions
 * are theirs, and the kind of update and the chat are enough to follow what the bot does.
 */
export function updateLogger(logger: Logger): MiddlewareFn<Context> {
  return async (ctx, next) => {
    const started = performance.now();
    let failed = false;
    try {
      await next();
    } catch (error) {
      failed = true;
      throw error;
    } finally {
      logger.info(
        {
          updateId: ctx.update.update_id,
          type: updateType(ctx),
          chatId: ctx.chat?.id,
          chatType: ctx.chat?.type,
          latencyMs: Math.round((performance.now() - started) * 10) / 10,
          ...(failed ? { failed } : {}),
        },
        "update handled",
      );
    }
  };
}
