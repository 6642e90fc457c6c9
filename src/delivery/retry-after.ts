import type { BotApiError } from "./types.js";

/**
 * The seconds a Bot API 429 answer asks to wait, or null for any other answer. At least one: a 429 without
 * retry_after (or with 0) still means not again at once. The sender, the bot's replies and its start read 429s so.
 */
export function retryAfterSeconds(error: Pick<BotApiError, "error_code" | "parameters">): number | null {
  if (error.error_code !== 429) return null;
  return Math.max(1, error.parameters?.retry_after ?? 1);
}
