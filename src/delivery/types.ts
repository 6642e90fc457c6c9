import type { OutboxButton } from "../store/types.js";

/** One message for the bot layer to send: text in Telegram HTML, buttons as meaning (it encodes them). */
export interface OutgoingMessage {
  chatId: number;
  /** The forum topic, when the chat subscribed from one. */
  threadId: number | null;
  text: string;
  buttons: OutboxButton[];
}

/** What became of one send, as the sender needs to know it; the bot layer maps Telegram's answers to it. */
export type SendResult =
  | { kind: "ok" }
  /** 429: wait this long before sending to the chat again. */
  | { kind: "retry_after"; seconds: number }
  /** 403 (blocked, kicked, deactivated) or "chat not found": the reader is gone. */
  | { kind: "blocked"; detail: string }
  /** The group became a supergroup with this id. */
  | { kind: "migrated"; toChatId: number }
  /** 5xx or a network error: try again later. */
  | { kind: "transient"; detail: string }
  /** Any other 400: this message will never go (malformed HTML, too long); retrying will not help. */
  | { kind: "rejected"; detail: string };

export type SendPort = (message: OutgoingMessage) => Promise<SendResult>;

/** A failed Bot API call's answer, as Telegram sends it (and as Telegraf's TelegramError.response holds it). */
export interface BotApiError {
  error_code: number;
  description: string;
  parameters?: { retry_after?: number; migrate_to_chat_id?: number };
}
