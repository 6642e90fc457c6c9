import { retryAfterSeconds } from "./retry-after.js";
import type { BotApiError, SendResult } from "./types.js";

/**
 * Maps a failed Bot API answer to what the sender does about it. The bot layer calls it with
 * TelegramError.response; tools without Telegraf call it with the parsed JSON answer.
 */
export function sendResultFromBotApiError(error: BotApiError): SendResult {
  const detail = `${error.error_code} ${error.description}`;
  const migrateTo = error.parameters?.migrate_to_chat_id;
  if (migrateTo !== undefined) return { kind: "migrated", toChatId: migrateTo };
  const retryAfter = retryAfterSeconds(error);
  if (retryAfter !== null) return { kind: "retry_after", seconds: retryAfter };
  if (error.error_code === 403) return { kind: "blocked", detail };
  if (error.error_code === 400 && /chat not found|user is deactivated|bot was kicked/i.test(error.description)) {
    return { kind: "blocked", detail };
  }
  if (error.error_code >= 500 || error.error_code === 408) return { kind: "transient", detail };
  return { kind: "rejected", detail };
}
