import { TelegramError, type Telegram } from "telegraf";
import { buttonRows } from "../delivery/button-rows.js";
import { sendResultFromBotApiError } from "../delivery/send-result.js";
import type { SendPort } from "../delivery/types.js";
import { scrubSecrets } from "../log/logger.js";
import { outboxButton } from "./keyboards/explain-button.js";
import type { SubscriptionTexts } from "./subscription-texts.js";
import { SUBSCRIPTION_DEFAULTS } from "./subscriptions/defaults.js";
import type { TelegramHolds } from "./telegram/holds.js";
import { telegramRetryAfter } from "./telegram/retry-after.js";
import { asCallSignal } from "./updates/long-polling.js";

const timeoutSignal = (ms: number) => asCallSignal(AbortSignal.timeout(ms));

/**
 * The sender's way to Telegram, over the bot's own client: a queued message goes as HTML with its buttons
 * encoded, to its forum topic when it has one, and Telegram's answer becomes what the sender acts on (429, 403,
 * a migrated group...). A network error or no answer in time is worth another try. A 429 window (this process's or
 * one kept from before a restart) is waited out without calling: the sender hears retry_after for what is left.
 * With `paidBroadcast` every message asks for Telegram's paid broadcasts.
 */
export function createTelegramSendPort(
  telegram: Telegram,
  options: {
    secrets: readonly string[];
    /** The chat's button labels, in the language kept for it. */
    labelsOf: (chatId: number) => SubscriptionTexts["buttons"];
    holds?: TelegramHolds;
    timeoutMs?: number;
    paidBroadcast?: boolean;
  },
): SendPort {
  const timeoutMs = options.timeoutMs ?? SUBSCRIPTION_DEFAULTS.sendTimeoutMs;
  return async (message) => {
    const heldMs = options.holds?.remainingMs(message.chatId) ?? 0;
    if (heldMs > 0) return { kind: "retry_after", seconds: Math.ceil(heldMs / 1000) };
    try {
      await telegram.callApi(
        "sendMessage",
        {
          chat_id: message.chatId,
          text: message.text,
          parse_mode: "HTML",
          link_preview_options: { is_disabled: true },
          ...(message.threadId !== null ? { message_thread_id: message.threadId } : {}),
          ...(message.buttons.length > 0 ? { reply_markup: { inline_keyboard: buttonRows(message.buttons.map((button) => outboxButton(options.labelsOf(message.chatId), button))) } } : {}),
          // PAID_BROADCAST: Telegram then takes up to 1,000 messages a second, for a fee in Stars. (Telegraf 4.16's
          // types predate the field, Bot API 7.11; it goes through as given.)
          ...(options.paidBroadcast ? { allow_paid_broadcast: true } : {}),
        },
        { signal: timeoutSignal(timeoutMs) },
      );
      return { kind: "ok" };
    } catch (error) {
      const retryAfter = telegramRetryAfter(error);
      if (retryAfter !== null) options.holds?.record(message.chatId, retryAfter);
      if (error instanceof TelegramError) return sendResultFromBotApiError(error.response);
      // The client's errors quote the request URL, which holds the token.
      return { kind: "transient", detail: scrubSecrets(String(error), options.secrets) };
    }
  };
}
