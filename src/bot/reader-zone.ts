import type { Context } from "telegraf";
import type { BotDeps } from "./deps.js";

/** The time zone dates are shown in for the reader behind an update. */
export function readerZone(deps: Pick<BotDeps, "siteTimezone" | "timezoneOf">, ctx: Context): string {
  const userId = ctx.from?.id;
  return (userId !== undefined ? deps.timezoneOf?.(userId) : null) || deps.siteTimezone;
}
