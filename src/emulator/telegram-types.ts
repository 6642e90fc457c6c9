/**
 * The slice of the Bot API's wire types the emulator speaks. Kept here rather than taken from telegraf so that the
 * emulator stays an independent stand-in for Telegram, not a mirror of the client under test.
 */

export interface TgUser {
  id: number;
  is_bot: boolean;
  first_name: string;
  username?: string;
  language_code?: string;
  can_join_groups?: boolean;
  can_read_all_group_messages?: boolean;
  supports_inline_queries?: boolean;
}

export type ChatType = "private" | "group" | "supergroup" | "channel";

export interface TgChat {
  id: number;
  type: ChatType;
  title?: string;
  first_name?: string;
  username?: string;
  is_forum?: boolean;
}

export interface TgEntity {
  type: string;
  offset: number;
  length: number;
  url?: string;
  language?: string;
  custom_emoji_id?: string;
}

export interface InlineButton {
  text: string;
  callback_data?: string;
  url?: string;
  switch_inline_query?: string;
  switch_inline_query_current_chat?: string;
  [other: string]: unknown;
}

export interface InlineKeyboardMarkup {
  inline_keyboard: InlineButton[][];
}

/** Reply keyboards and force_reply are accepted and stored as sent; only inline keyboards are validated in depth. */
export type ReplyMarkup = InlineKeyboardMarkup | Record<string, unknown>;

export interface TgMessage {
  message_id: number;
  from?: TgUser;
  /** The chat a message was posted on behalf of: the channel itself, for a channel's posts. */
  sender_chat?: TgChat;
  chat: TgChat;
  date: number;
  edit_date?: number;
  message_thread_id?: number;
  is_topic_message?: boolean;
  reply_to_message?: TgMessage;
  via_bot?: TgUser;
  text?: string;
  entities?: TgEntity[];
  caption?: string;
  sticker?: Record<string, unknown>;
  photo?: Array<Record<string, unknown>>;
  location?: { latitude: number; longitude: number };
  reply_markup?: ReplyMarkup;
  migrate_to_chat_id?: number;
  migrate_from_chat_id?: number;
}

export interface TgCallbackQuery {
  id: string;
  from: TgUser;
  message?: TgMessage;
  inline_message_id?: string;
  chat_instance: string;
  data: string;
}

export interface TgInlineQuery {
  id: string;
  from: TgUser;
  query: string;
  offset: string;
  chat_type?: string;
}

export type UpdateType = "message" | "edited_message" | "channel_post" | "callback_query" | "inline_query";

export interface TgUpdate {
  update_id: number;
  message?: TgMessage;
  edited_message?: TgMessage;
  channel_post?: TgMessage;
  callback_query?: TgCallbackQuery;
  inline_query?: TgInlineQuery;
}

export type UpdatePayload = Omit<TgUpdate, "update_id">;

export type ApiResponse =
  | { ok: true; result: unknown }
  | { ok: false; error_code: number; description: string; parameters?: ResponseParameters };

export interface ResponseParameters {
  retry_after?: number;
  migrate_to_chat_id?: number;
}

/**
 * Parameters as they arrived, JSON fields decoded. `any` on purpose: this is the raw wire payload of many different
 * methods, and tests read whichever field they assert on (`c.params.reply_markup.inline_keyboard`).
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type ApiParams = Record<string, any>;

export interface ApiCall {
  method: string;
  params: ApiParams;
  /** `now()` when the call arrived, in milliseconds. */
  at: number;
  /** What the emulator answered; null when the connection was dropped on purpose (`dropConnectionNext`). */
  response: ApiResponse | null;
}

/**
 * A message the bot authored, as the bot sent it (edits applied): `text` is the source text (HTML when parse_mode is
 * "HTML"), `entities` the entities the bot passed itself (telegraf/format). `emu.renderedText(m)` and `emu.entities(m)`
 * give what the user sees. Messages the user sent through the bot's inline mode are included: `from` is then the user
 * and `via_bot` the bot. In a channel `from` is still the bot, though the wire message has the channel as sender_chat.
 */
export interface BotMessage {
  message_id: number;
  chat: TgChat;
  from: TgUser;
  via_bot?: TgUser;
  date: number;
  edit_date?: number;
  message_thread_id?: number;
  reply_to_message_id?: number;
  text: string;
  parse_mode?: string;
  entities?: TgEntity[];
  reply_markup?: ReplyMarkup;
  inline_message_id?: string;
}

export interface EmulatorLimits {
  /** Accepted sendMessage calls across all chats in any 1 s window. */
  perSecondGlobal?: number;
  /**
   * The same window's cap for a send with allow_paid_broadcast (Telegram's paid broadcasts); default 1000 when
   * perSecondGlobal is set. Every accepted send counts towards both caps.
   */
  perSecondPaid?: number;
  /** Minimum time between two accepted sendMessage calls to the same chat. */
  perChatIntervalMs?: number;
  /** Accepted sendMessage calls to one group or supergroup in any 60 s window. */
  perGroupPerMinute?: number;
  /** Reported retry_after, overriding the computed one (in emulated seconds, see limits.ts). */
  retryAfterSeconds?: number;
  /** Emulated Telegram time runs this many times faster than `now()` (see limits.ts). Default 1. */
  timeScale?: number;
}

export interface EmulatorStats {
  /** sendMessage calls accepted. */
  sent: number;
  /** sendMessage calls answered 429, by the limits or by `failNext`. */
  tooManyRequests: number;
  /** Accepted sendMessage calls that asked for a paid broadcast (allow_paid_broadcast). */
  paidBroadcasts: number;
  /** Accepted sendMessage calls per chat id. */
  perChat: Map<number, number>;
}

/** What a person looking at the chats would notice; the terminal chat renders these. */
export type EmulatorEvent =
  | { type: "message"; message: BotMessage }
  | { type: "edited"; message: BotMessage }
  | { type: "deleted"; chatId: number; messageId: number }
  | { type: "callbackAnswer"; userId: number; text?: string; showAlert: boolean; url?: string };
