import type { ChatStore } from "./chat-store.js";
import { flatButtons } from "./markup.js";
import { detectUserEntities, renderFormatted } from "./message-text.js";
import type { QueryRegistry } from "./queries.js";
import type { UpdateQueue } from "./update-queue.js";
import type { BotMessage, TgCallbackQuery, TgChat, TgInlineQuery, TgMessage, TgUser } from "./telegram-types.js";

/** A message named by id, or any message object (what `send` returned, or a BotMessage). */
export type MessageRef = number | { message_id: number };

/** A bot message to press a button on: what `emu.messages()` returns, or the wire message. */
export type PressTarget = { chat: { id: number }; message_id: number; inline_message_id?: string };

export interface EmuGroup {
  readonly id: number;
  readonly title: string;
  readonly chat: TgChat;
}

/** A Telegram user in a private chat with the bot (chat id = user id); each action queues the update Telegram would. */
export interface EmuUser {
  readonly id: number;
  readonly user: TgUser;
  readonly chat: TgChat;
  send(text: string, opts?: { replyTo?: MessageRef }): TgMessage;
  sendIn(group: EmuGroup, text: string, opts?: { threadId?: number; replyTo?: MessageRef }): TgMessage;
  /**
   * Posts in a channel this user administers: a channel_post update, on behalf of the channel (sender_chat is the
   * channel, and there is no `from`), as Telegram delivers a channel's posts. Throws for a non-admin.
   */
  postIn(channel: EmuGroup, text: string): TgMessage;
  sendSticker(opts?: { in?: EmuGroup; emoji?: string }): TgMessage;
  sendPhoto(opts?: { in?: EmuGroup; caption?: string }): TgMessage;
  /** Shares a location (Telegram's attachment menu → Location): a message with `location` and no text. */
  sendLocation(latitude: number, longitude: number, opts?: { in?: EmuGroup }): TgMessage;
  /** Edits a message this user sent: an edited_message update. */
  edit(message: TgMessage, newText: string): TgMessage;
  /**
   * Presses an inline button of a bot message as it is now (edits applied): by its text, or by its 0-based index in
   * reading order. Throws when the message is gone or has no such callback button.
   */
  press(message: PressTarget, button: string | number): TgCallbackQuery;
  inline(query: string, offset?: string): TgInlineQuery;
  /** Changes the language of the user's Telegram app: the `language_code` of their next updates. */
  setLanguageCode(code: string): void;
  /**
   * Picks a result of an answered inline query: the result's input_message_content is posted into the chat (the
   * private chat unless `in` names a group) as this user's message "via" the bot, and the bot receives it.
   */
  chooseInlineResult(inlineQueryId: string, resultId: string, opts?: { in?: EmuGroup }): BotMessage;
}

export interface UserDeps {
  bot: TgUser;
  store: ChatStore;
  queue: UpdateQueue;
  queries: QueryRegistry;
  now: () => number;
  nextFileId: () => string;
}

export function createEmuUser(user: TgUser, deps: UserDeps): EmuUser {
  const { store, queue, bot } = deps;
  const chat: TgChat = {
    id: user.id,
    type: "private",
    first_name: user.first_name,
    ...(user.username ? { username: user.username } : {}),
  };
  store.addUser(user);
  store.addChat(chat);

  const date = (): number => Math.floor(deps.now() / 1000);

  type PostOptions = { threadId?: number; replyTo?: MessageRef };
  const post = (target: TgChat, content: Partial<TgMessage>, opts: PostOptions = {}): TgMessage => {
    if (target.type === "channel") throw new Error(`chat ${target.id} is a channel: its admins post there with postIn`);
    const replyId = typeof opts.replyTo === "number" ? opts.replyTo : opts.replyTo?.message_id;
    const replied = replyId === undefined ? undefined : store.find(target.id, replyId)?.wire;
    if (replyId !== undefined && !replied) throw new Error(`no message ${replyId} in chat ${target.id} to reply to`);
    const message: TgMessage = {
      message_id: store.nextMessageId(target.id),
      from: user,
      chat: target,
      date: date(),
      ...(opts.threadId !== undefined ? { message_thread_id: opts.threadId, is_topic_message: true } : {}),
      ...(replied ? { reply_to_message: replied } : {}),
      ...content,
    };
    store.addMessage({ wire: message });
    queue.enqueue({ message });
    return message;
  };

  const textContent = (text: string): Partial<TgMessage> => {
    const entities = detectUserEntities(text);
    return { text, ...(entities.length > 0 ? { entities } : {}) };
  };

  const currentMessage = (target: PressTarget) => {
    const stored = target.inline_message_id
      ? store.findInline(target.inline_message_id)
      : store.find(target.chat.id, target.message_id);
    if (!stored) throw new Error(`message ${target.message_id} in chat ${target.chat.id} no longer exists`);
    return stored;
  };

  return {
    setLanguageCode(code) {
      user.language_code = code;
    },
    id: user.id,
    user,
    chat,
    send: (text, opts) => post(chat, textContent(text), opts),
    sendIn: (group, text, opts) => post(group.chat, textContent(text), opts),
    postIn(channel, text) {
      if (channel.chat.type !== "channel") throw new Error(`chat ${channel.id} is no channel; use sendIn`);
      if (!store.admins(channel.id).some((admin) => admin.id === user.id)) {
        throw new Error(`user ${user.id} is no admin of channel ${channel.id}: only admins post in a channel`);
      }
      const message: TgMessage = {
        message_id: store.nextMessageId(channel.id),
        sender_chat: channel.chat,
        chat: channel.chat,
        date: date(),
        ...textContent(text),
      };
      store.addMessage({ wire: message });
      queue.enqueue({ channel_post: message });
      return message;
    },
    sendSticker: (opts = {}) =>
      post(opts.in?.chat ?? chat, {
        sticker: {
          file_id: deps.nextFileId(),
          file_unique_id: deps.nextFileId(),
          type: "regular",
          width: 512,
          height: 512,
          is_animated: false,
          is_video: false,
          emoji: opts.emoji ?? "👍",
        },
      }),
    sendPhoto: (opts = {}) =>
      post(opts.in?.chat ?? chat, {
        photo: [
          { file_id: deps.nextFileId(), file_unique_id: deps.nextFileId(), width: 90, height: 68, file_size: 1200 },
          { file_id: deps.nextFileId(), file_unique_id: deps.nextFileId(), width: 800, height: 600, file_size: 48000 },
        ],
        ...(opts.caption !== undefined ? { caption: opts.caption } : {}),
      }),
    sendLocation: (latitude, longitude, opts = {}) => post(opts.in?.chat ?? chat, { location: { latitude, longitude } }),
    edit(message, newText) {
      const stored = store.find(message.chat.id, message.message_id);
      if (!stored || stored.wire.from?.id !== user.id) throw new Error(`user ${user.id} did not send that message`);
      const entities = detectUserEntities(newText);
      const { entities: _old, ...rest } = stored.wire;
      const edited: TgMessage = { ...rest, text: newText, edit_date: date(), ...(entities.length ? { entities } : {}) };
      store.replace(stored, { wire: edited });
      queue.enqueue({ edited_message: edited });
      return edited;
    },
    press(target, button) {
      const stored = currentMessage(target);
      const buttons = flatButtons(stored.wire.reply_markup);
      const found = typeof button === "number" ? buttons[button] : buttons.find((b) => b.text === button);
      if (!found || found.callback_data === undefined) {
        const names = buttons.map((b) => JSON.stringify(b.text)).join(", ") || "none";
        throw new Error(`no callback button ${JSON.stringify(button)} on that message; its buttons: ${names}`);
      }
      const callbackQuery: TgCallbackQuery = {
        id: deps.queries.newCallback(user.id),
        from: user,
        chat_instance: String(stored.wire.chat.id * 7919),
        data: found.callback_data,
        ...(stored.sent?.inline_message_id
          ? { inline_message_id: stored.sent.inline_message_id }
          : { message: stored.wire }),
      };
      queue.enqueue({ callback_query: callbackQuery });
      return callbackQuery;
    },
    inline(query, offset = "") {
      const inlineQuery = deps.queries.newInline({ from: user, query, offset, chat_type: "sender" });
      queue.enqueue({ inline_query: inlineQuery });
      return inlineQuery;
    },
    chooseInlineResult(inlineQueryId, resultId, opts = {}) {
      const result = deps.queries.inlineResults(inlineQueryId)?.find((r) => r.id === resultId);
      const content = result?.input_message_content;
      if (!result || typeof content?.message_text !== "string") {
        throw new Error(`inline query ${inlineQueryId} has no answered text result ${JSON.stringify(resultId)}`);
      }
      const target = opts.in?.chat ?? chat;
      const rendered = renderFormatted(content.message_text, content.parse_mode, content.entities);
      const markup = result.reply_markup as BotMessage["reply_markup"];
      const wire: TgMessage = {
        message_id: store.nextMessageId(target.id),
        from: user,
        chat: target,
        date: date(),
        via_bot: bot,
        text: rendered.text,
        ...(rendered.entities.length > 0 ? { entities: rendered.entities } : {}),
        ...(markup ? { reply_markup: markup } : {}),
      };
      const sent: BotMessage = {
        message_id: wire.message_id,
        chat: target,
        from: user,
        via_bot: bot,
        date: wire.date,
        text: content.message_text,
        ...(content.parse_mode ? { parse_mode: content.parse_mode } : {}),
        ...(content.entities ? { entities: content.entities as BotMessage["entities"] } : {}),
        ...(markup ? { reply_markup: markup } : {}),
        inline_message_id: `inline-${inlineQueryId}-${resultId}`,
      };
      store.addMessage({ wire, sent });
      queue.enqueue({ message: wire });
      return structuredClone(sent);
    },
  };
}
