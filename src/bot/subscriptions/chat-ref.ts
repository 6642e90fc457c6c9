import type { Context } from "telegraf";
import type { ChatRef, ChatType } from "../../core/subscribers.js";

const CHAT_TYPES: readonly ChatType[] = ["private", "group", "supergroup", "channel"];

/** The message an update is about: the one sent, or the one whose button was pressed. */
function messageOf(ctx: Context): { message_thread_id?: number; is_topic_message?: boolean } | undefined {
  const message = ctx.message ?? ctx.callbackQuery?.message;
  return message && "message_thread_id" in message ? message : undefined;
}

/**
 * Where the update's chat receives its messages: in a forum, the topic the update came from (pushes then go
 * to the topic where /subscribe was sent). Null for an update without a chat (an inline query).
 */
export function chatRefOf(ctx: Context): ChatRef | null {
  const chat = ctx.chat;
  if (!chat || !CHAT_TYPES.includes(chat.type)) return null;
  const message = messageOf(ctx);
  const threadId = message?.is_topic_message && message.message_thread_id !== undefined ? message.message_thread_id : null;
  return { chatId: chat.id, threadId, chatType: chat.type };
}

/** The update's chat, for a change to its subscription: only updates from a chat get that far. */
export function chatOf(ctx: Context): ChatRef {
  const chat = chatRefOf(ctx);
  if (!chat) throw new Error("a subscription needs a chat");
  return chat;
}
