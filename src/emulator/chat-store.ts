import type { BotMessage, EmulatorEvent, TgChat, TgMessage, TgUser } from "./telegram-types.js";

/**
 * Who and what the emulated Telegram knows: users, chats, and every message per chat. A message keeps its wire form
 * (what Telegram delivers: plain text and entities) and, when the bot authored it, the form the bot sent it in.
 */
export interface StoredMessage {
  wire: TgMessage;
  sent?: BotMessage;
}

export interface ChatStore {
  addUser(user: TgUser): void;
  user(id: number): TgUser | undefined;
  addChat(chat: TgChat, admins?: readonly TgUser[]): void;
  chat(id: number): TgChat | undefined;
  /** The group's or channel's admins, the creator first; empty for private chats. */
  admins(chatId: number): readonly TgUser[];
  nextMessageId(chatId: number): number;
  addMessage(stored: StoredMessage): void;
  find(chatId: number, messageId: number): StoredMessage | undefined;
  findInline(inlineMessageId: string): StoredMessage | undefined;
  replace(stored: StoredMessage, next: StoredMessage): void;
  remove(chatId: number, messageId: number): boolean;
  botMessages(chatId: number, threadId?: number): BotMessage[];
  /** How many messages botMessages would return, without copying them (waiters check this often). */
  botMessageCount(chatId: number): number;
}

export function createChatStore(emit: (event: EmulatorEvent) => void): ChatStore {
  const users = new Map<number, TgUser>();
  const chats = new Map<number, TgChat>();
  const admins = new Map<number, readonly TgUser[]>();
  const messages = new Map<number, StoredMessage[]>();
  const lastMessageId = new Map<number, number>();
  const inline = new Map<string, StoredMessage>();

  const list = (chatId: number): StoredMessage[] => {
    let found = messages.get(chatId);
    if (!found) messages.set(chatId, (found = []));
    return found;
  };

  return {
    addUser: (user) => void users.set(user.id, user),
    user: (id) => users.get(id),
    addChat(chat, chatAdmins = []) {
      chats.set(chat.id, chat);
      admins.set(chat.id, chatAdmins);
    },
    chat: (id) => chats.get(id),
    admins: (chatId) => admins.get(chatId) ?? [],
    nextMessageId(chatId) {
      const next = (lastMessageId.get(chatId) ?? 0) + 1;
      lastMessageId.set(chatId, next);
      return next;
    },
    addMessage(stored) {
      list(stored.wire.chat.id).push(stored);
      if (stored.sent?.inline_message_id) inline.set(stored.sent.inline_message_id, stored);
      if (stored.sent) emit({ type: "message", message: structuredClone(stored.sent) });
    },
    find: (chatId, messageId) => messages.get(chatId)?.find((m) => m.wire.message_id === messageId),
    findInline: (inlineMessageId) => inline.get(inlineMessageId),
    replace(stored, next) {
      const chatMessages = list(stored.wire.chat.id);
      const index = chatMessages.indexOf(stored);
      if (index >= 0) chatMessages[index] = next;
      if (next.sent?.inline_message_id) inline.set(next.sent.inline_message_id, next);
      if (next.sent) emit({ type: "edited", message: structuredClone(next.sent) });
    },
    remove(chatId, messageId) {
      const chatMessages = messages.get(chatId) ?? [];
      const index = chatMessages.findIndex((m) => m.wire.message_id === messageId);
      if (index < 0) return false;
      chatMessages.splice(index, 1);
      emit({ type: "deleted", chatId, messageId });
      return true;
    },
    botMessages(chatId, threadId) {
      return (messages.get(chatId) ?? [])
        .flatMap((m) => (m.sent ? [m.sent] : []))
        .filter((m) => threadId === undefined || m.message_thread_id === threadId)
        .map((m) => structuredClone(m));
    },
    botMessageCount: (chatId) => (messages.get(chatId) ?? []).filter((m) => m.sent).length,
  };
}
