import type { Context } from "telegraf";
import type { BotDeps } from "./deps.js";

/** The time zone dates are shown in for the reader behind an update. */
export function readerZone(deps: Pick<BotDeps, "readerZone">, ctx: Context): Promise<string> {
  return deps.readerZone(ctx.from?.id);
}
