import { TelegramError } from "telegraf";
import { retryAfterSeconds } from "../../delivery/retry-after.js";

/** The seconds a 429 from Telegram asks to wait (see retryAfterSeconds); null for any other error. */
export function telegramRetryAfter(error: unknown): number | null {
  return error instanceof TelegramError ? retryAfterSeconds(error.response) : null;
}
