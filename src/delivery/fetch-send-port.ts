import { scrubSecrets } from "../log/logger.js";
import type { OutboxButton } from "../store/types.js";
import { buttonRows } from "./button-rows.js";
import { sendResultFromBotApiError } from "./send-result.js";
import type { BotApiError, SendPort } from "./types.js";

/**
 * A SendPort over plain fetch to a Bot API root, for tools that run the sender without the bot (the delivery
 * benchmark, tests against the emulator). The bot itself sends through Telegraf.
 */
export function createFetchSendPort(options: {
  apiRoot: string;
  token: string;
  /** How each button appears: its label and callback_data (the bot layer's encoding). */
  renderButton: (button: OutboxButton) => { text: string; callback_data: string };
  /** Asks for Telegram's paid broadcasts (allow_paid_broadcast), as PAID_BROADCAST does. */
  paidBroadcast?: boolean;
}): SendPort {
  const url = `${options.apiRoot.replace(/\/+$/, "")}/bot${options.token}/sendMessage`;
  return async (message) => {
    const body: Record<string, unknown> = {
      chat_id: message.chatId,
      text: message.text,
      parse_mode: "HTML",
      link_preview_options: { is_disabled: true },
    };
    if (message.threadId !== null) body.message_thread_id = message.threadId;
    if (message.buttons.length > 0) {
      body.reply_markup = { inline_keyboard: buttonRows(message.buttons.map(options.renderButton)) };
    }
    if (options.paidBroadcast) body.allow_paid_broadcast = true;
    let answer: { ok: boolean } & Partial<BotApiError>;
    try {
      const response = await fetch(url, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(body),
      });
      answer = (await response.json()) as typeof answer;
    } catch (error) {
      // The URL holds the token, and some network errors quote it.
      return { kind: "transient", detail: scrubSecrets(String(error), [options.token]) };
    }
    if (answer.ok) return { kind: "ok" };
    return sendResultFromBotApiError({
      error_code: answer.error_code ?? 500,
      description: answer.description ?? "no description",
      parameters: answer.parameters,
    });
  };
}
