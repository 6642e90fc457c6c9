import { API_ERRORS, ApiError, badRequest } from "../api-error.js";
import type { StoredMessage } from "../chat-store.js";
import { sameMarkup, validateReplyMarkup } from "../markup.js";
import type { ParsedText } from "../html-entities.js";
import { resolveOutgoingText } from "../message-text.js";
import type { ApiParams, BotMessage, ReplyMarkup, TgEntity, TgMessage } from "../telegram-types.js";
import { requireChat, requireReachableChat, unixTime, type MethodContext, type MethodHandler } from "./context.js";

const sameEntities = (a: readonly TgEntity[] | undefined, b: readonly TgEntity[] | undefined): boolean =>
  JSON.stringify(a ?? []) === JSON.stringify(b ?? []);

/** The text fields of a BotMessage: the text as the bot sent it, with the parse mode or entities it gave. */
const sourceText = (params: ApiParams): Pick<BotMessage, "text" | "parse_mode" | "entities"> => ({
  text: String(params.text),
  ...(params.parse_mode ? { parse_mode: String(params.parse_mode) } : {}),
  ...(Array.isArray(params.entities) ? { entities: params.entities as TgEntity[] } : {}),
});

const withEntities = (entities: TgEntity[]): { entities?: TgEntity[] } => (entities.length > 0 ? { entities } : {});

function enforceLimits(ctx: MethodContext, chatId: number, isGroup: boolean, paid: boolean): void {
  const retryAfter = ctx.limiter?.check(chatId, isGroup, paid) ?? null;
  if (retryAfter !== null) {
    throw new ApiError(429, API_ERRORS.tooManyRequests(retryAfter), { retry_after: retryAfter });
  }
}

function replyTarget(ctx: MethodContext, params: ApiParams, chatId: number): TgMessage | undefined {
  const reply = params.reply_parameters as { message_id?: number; allow_sending_without_reply?: boolean } | undefined;
  const messageId = reply?.message_id ?? params.reply_to_message_id;
  if (messageId === undefined) return undefined;
  const found = ctx.store.find(chatId, Number(messageId));
  const allowMissing = reply?.allow_sending_without_reply ?? params.allow_sending_without_reply;
  if (!found && !allowMissing) throw badRequest(API_ERRORS.replyNotFound);
  return found?.wire;
}

const sendMessage: MethodHandler = (params, ctx) => {
  const chat = requireReachableChat(ctx, params.chat_id);
  const isGroup = chat.type !== "private";
  const paid = params.allow_paid_broadcast === true || params.allow_paid_broadcast === "true";
  enforceLimits(ctx, chat.id, isGroup, paid);
  const parsed = resolveOutgoingText(params);
  const markup = validateReplyMarkup(params.reply_markup);
  const replyTo = replyTarget(ctx, params, chat.id);
  const threadId = typeof params.message_thread_id === "number" ? params.message_thread_id : undefined;
  const common = {
    message_id: ctx.store.nextMessageId(chat.id),
    chat,
    date: unixTime(ctx),
    ...(threadId !== undefined ? { message_thread_id: threadId } : {}),
    ...(markup ? { reply_markup: markup } : {}),
  };
  const wire: TgMessage = {
    ...common,
    // Telegram posts in a channel on the channel's behalf, naming no user.
    ...(chat.type === "channel" ? { sender_chat: chat } : { from: ctx.bot }),
    ...(threadId !== undefined && chat.is_forum ? { is_topic_message: true } : {}),
    ...(replyTo ? { reply_to_message: replyTo } : {}),
    text: parsed.text,
    ...withEntities(parsed.entities),
  };
  const sent: BotMessage = {
    ...common,
    from: ctx.bot,
    ...(replyTo ? { reply_to_message_id: replyTo.message_id } : {}),
    ...sourceText(params),
  };
  ctx.store.addMessage({ wire, sent });
  ctx.limiter?.record(chat.id, isGroup);
  ctx.stats.sent += 1;
  if (paid) ctx.stats.paidBroadcasts += 1;
  ctx.stats.perChat.set(chat.id, (ctx.stats.perChat.get(chat.id) ?? 0) + 1);
  return wire;
};

/** The message an edit names, by chat_id + message_id or by inline_message_id; only the bot's own can be edited. */
type EditTarget = { stored: StoredMessage & { sent: BotMessage }; inline: boolean };

function editTarget(ctx: MethodContext, params: ApiParams): EditTarget {
  if (params.inline_message_id !== undefined) {
    const stored = ctx.store.findInline(String(params.inline_message_id));
    if (!stored?.sent) throw badRequest(API_ERRORS.editNotFound);
    return { stored: stored as StoredMessage & { sent: BotMessage }, inline: true };
  }
  const chat = requireReachableChat(ctx, params.chat_id);
  const stored = ctx.store.find(chat.id, Number(params.message_id));
  if (!stored) throw badRequest(API_ERRORS.editNotFound);
  if (!stored.sent || stored.sent.via_bot) throw badRequest(API_ERRORS.cantEdit);
  return { stored: stored as StoredMessage & { sent: BotMessage }, inline: false };
}

function omit<T extends object, K extends keyof T>(value: T, keys: readonly K[]): Omit<T, K> {
  const copy = { ...value };
  for (const key of keys) delete copy[key];
  return copy;
}

interface TextChange {
  parsed: ParsedText;
  params: ApiParams;
}

/** Applies an edit to both forms of the message; `text` absent keeps the text (editMessageReplyMarkup). */
function commitEdit(
  ctx: MethodContext,
  target: EditTarget,
  text: TextChange | null,
  markup: ReplyMarkup | undefined,
): TgMessage | true {
  const { stored, inline } = target;
  const editDate = unixTime(ctx);
  const newMarkup = markup ? { reply_markup: markup } : {};
  const wire: TgMessage = {
    ...omit(stored.wire, text ? ["reply_markup", "entities"] : ["reply_markup"]),
    ...(text ? { text: text.parsed.text, ...withEntities(text.parsed.entities) } : {}),
    edit_date: editDate,
    ...newMarkup,
  };
  const sent: BotMessage = {
    ...omit(stored.sent, text ? ["reply_markup", "entities", "parse_mode"] : ["reply_markup"]),
    ...(text ? sourceText(text.params) : {}),
    edit_date: editDate,
    ...newMarkup,
  };
  ctx.store.replace(stored, { wire, sent });
  return inline ? true : wire;
}

const editMessageText: MethodHandler = (params, ctx) => {
  const target = editTarget(ctx, params);
  const parsed = resolveOutgoingText(params);
  // An edit without reply_markup removes the keyboard, as on Telegram.
  const markup = validateReplyMarkup(params.reply_markup);
  const { wire } = target.stored;
  const unchanged =
    parsed.text === wire.text && sameEntities(parsed.entities, wire.entities) && sameMarkup(markup, wire.reply_markup);
  if (unchanged) throw badRequest(API_ERRORS.notModified);
  return commitEdit(ctx, target, { parsed, params }, markup);
};

const editMessageReplyMarkup: MethodHandler = (params, ctx) => {
  const target = editTarget(ctx, params);
  const markup = validateReplyMarkup(params.reply_markup);
  if (sameMarkup(markup, target.stored.wire.reply_markup)) throw badRequest(API_ERRORS.notModified);
  return commitEdit(ctx, target, null, markup);
};

const deleteMessage: MethodHandler = (params, ctx) => {
  const chat = requireChat(ctx, params.chat_id);
  if (!ctx.store.remove(chat.id, Number(params.message_id))) throw badRequest(API_ERRORS.deleteNotFound);
  return true;
};

export const MESSAGE_METHODS: Readonly<Record<string, MethodHandler>> = Object.freeze({
  sendMessage,
  editMessageText,
  editMessageReplyMarkup,
  deleteMessage,
});
