import type { Context, MiddlewareFn } from "telegraf";
import type { Logger } from "../../log/logger.js";
import { hasPossibleShape } from "../updates/update-shape.js";

/** Drops, with one warning, an update of a shape Telegram never sends, before any feature reads a field it lacks. */
export function dropImpossibleUpdates(logger: Logger): MiddlewareFn<Context> {
  return (ctx, next) => {
    if (hasPossibleShape(ctx.update)) return next();
    const kinds = Object.keys(ctx.update).filter((key) => key !== "update_id");
    logger.warn({ updateId: ctx.update.update_id, kinds }, "update of an impossible shape ignored");
  };
}
