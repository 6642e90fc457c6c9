import type { ChatRef, ChatType, DeliveryMode, Follow, QuietHours, Subscriber, SubscriberPatch } from "../core/subscribers.js";
import type { Logger } from "../log/logger.js";
import type { WordShare } from "../search/types.js";
import type { Store } from "../store/types.js";
import { SUBSCRIPTION_RULES, type SubscriptionRules } from "./defaults.js";
import { refuseFollow, type FollowOutcome } from "./follow-rules.js";
import { undoModeOf, type UndoMode } from "./unsubscribe.js";

/** A chat's settings as they stand; a chat that never subscribed has the defaults. */
export interface ChatSettings {
  subscriber: Subscriber | null;
  follows: readonly Follow[];
  /** The zone its dates, digest hour and quiet hours go by. */
  zone: string;
  /** Whose settings they are: the reader's own, a group's or a channel's. */
  chatType: ChatType;
}

/** What /unsubscribe did: the mode an undo brings back (none when headlines were off), and the follows kept. */
export interface Unsubscribed {
  undo: UndoMode | null;
  follows: Follow[];
}

/** A choice of how headlines come: a digest may say its hour. */
export interface ModeChoice {
  mode: DeliveryMode;
  digestMinutes?: number;
}

/**
 * Every subscription rule, for the bot's features to call: they parse an update and reply, the rules live here.
 * Each change takes the chat as a ChatRef, as a change also tells where the chat receives its messages.
 */
export interface SubscriptionService {
  /**
   * The zone dates are shown in for a chat or a user (a private chat's id is its user's): the one they chose,
   * else the site's. Undefined (an update without a chat or user) is the site's zone.
   */
  readerZone(chatId: number | undefined): string;
  settings(chatId: number | undefined, chatType: ChatType): ChatSettings;
  /** Sets how headlines come, and moves pushes to the forum topic the choice was made in. */
  subscribe(chat: ChatRef, choice: ModeChoice): Subscriber;
  /** Stops the headlines (their queued messages too) and keeps the follows, zone, digest hour and quiet hours. */
  unsubscribe(chatId: number): Unsubscribed;
  follows(chatId: number): Follow[];
  /** Follows a story: `words` as the reader typed them, tidied (trimmed, single spaces). */
  follow(chat: ChatRef, words: string): FollowOutcome;
  /** Drops one follow; null when the chat has none of that id (dropped already). */
  unfollow(chatId: number, followId: number): Follow | null;
  /** Drops every follow of the chat, returning those dropped. */
  unfollowAll(chatId: number): Follow[];
  setZone(chat: ChatRef, zone: string): Subscriber;
  setQuiet(chat: ChatRef, quiet: QuietHours | null): Subscriber;
  /** A chat marked inactive (it had blocked the bot) wrote again: it is active again, settings as they were. */
  reactivate(chat: ChatRef): boolean;
  /** A group became a supergroup: its subscription, follows and queued messages move to the new id. */
  migrate(fromChatId: number, toChatId: number): boolean;
}

export interface SubscriptionServiceDeps {
  /** A getter: the store opens when the app starts, after the bot that calls this was made. */
  getStore(): Store;
  /** New readers' zone until they choose one. */
  siteTimezone: string;
  /** How much of the corpus holds each word of a text (the search engine's), for the follow rules. */
  wordShares(text: string): { passages: number; words: readonly WordShare[] };
  logger: Logger;
  rules?: Partial<SubscriptionRules>;
}

export function createSubscriptionService(deps: SubscriptionServiceDeps): SubscriptionService {
  const { getStore, logger } = deps;
  const rules = { ...SUBSCRIPTION_RULES, ...deps.rules };

  /**
   * Changes a chat's settings, creating its subscriber when new. A chat that changes its settings is plainly
   * reachable again, so one marked inactive after a 403 is active again.
   */
  const change = (chat: ChatRef, patch: SubscriberPatch): Subscriber =>
    getStore().subscribers.upsert(chat, { ...patch, active: true });

  const readerZone = (chatId: number | undefined): string =>
    (chatId === undefined ? null : getStore().subscribers.get(chatId)?.timezone) ?? deps.siteTimezone;

  const follows = (chatId: number): Follow[] => getStore().follows.list(chatId);

  return {
    readerZone,
    settings(chatId, chatType) {
      const subscriber = chatId === undefined ? null : getStore().subscribers.get(chatId);
      return {
        subscriber,
        follows: chatId === undefined ? [] : follows(chatId),
        zone: subscriber?.timezone ?? deps.siteTimezone,
        chatType,
      };
    },
    subscribe: (chat, choice) => change(chat, { ...choice, threadId: chat.threadId }),
    unsubscribe(chatId) {
      const store = getStore();
      const undo = undoModeOf(store.subscribers.get(chatId));
      store.subscribers.unsubscribe(chatId);
      return { undo, follows: follows(chatId) };
    },
    follows,
    follow(chat, words) {
      const refusal = refuseFollow(words, follows(chat.chatId), deps.wordShares(words), rules);
      if (refusal) return refusal;
      return { kind: "added", follow: getStore().follows.add(change(chat, {}), words) };
    },
    unfollow(chatId, followId) {
      const dropped = follows(chatId).find((follow) => follow.id === followId) ?? null;
      if (dropped) getStore().follows.remove(chatId, followId);
      return dropped;
    },
    unfollowAll(chatId) {
      const store = getStore();
      return store.transaction(() => {
        const dropped = store.follows.list(chatId);
        store.follows.removeAll(chatId);
        return dropped;
      });
    },
    setZone: (chat, zone) => change(chat, { timezone: zone }),
    setQuiet: (chat, quiet) => change(chat, { quiet }),
    reactivate(chat) {
      const subscriber = getStore().subscribers.get(chat.chatId);
      if (!subscriber || subscriber.active) return false;
      change(chat, {});
      logger.info({ chatId: chat.chatId }, "reader back: subscriber active again");
      return true;
    },
    migrate(fromChatId, toChatId) {
      const store = getStore();
      if (!store.subscribers.get(fromChatId)) return false;
      store.subscribers.migrate(fromChatId, toChatId);
      logger.info({ chatId: fromChatId, toChatId }, "group migrated: subscription moved");
      return true;
    },
  };
}
