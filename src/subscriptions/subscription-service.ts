import type { ChatRef, ChatType, DeliveryMode, Follow, QuietHours, Subscriber, SubscriberPatch } from "../core/subscribers.js";
import type { Logger } from "../log/logger.js";
import type { WordShare } from "../search/types.js";
import type { Store } from "../store/types.js";
import { SUBSCRIPTION_RULES, type SubscriptionRules } from "./defaults.js";
import { createFollowOps, type FollowOps } from "./follow-rules.js";
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
export interface SubscriptionService extends FollowOps {
  /**
   * The zone dates are shown in for a chat or a user (a private chat's id is its user's): the one they chose,
   * else the site's. Undefined (an update without a chat or user) is the site's zone.
   */
  readerZone(chatId: number | undefined): Promise<string>;
  settings(chatId: number | undefined, chatType: ChatType): Promise<ChatSettings>;
  /** Sets how headlines come, and moves pushes to the forum topic the choice was made in. */
  subscribe(chat: ChatRef, choice: ModeChoice): Promise<Subscriber>;
  /** Stops the headlines (their queued messages too) and keeps the follows, zone, digest hour and quiet hours. */
  unsubscribe(chatId: number): Promise<Unsubscribed>;
  setZone(chat: ChatRef, zone: string): Promise<Subscriber>;
  setQuiet(chat: ChatRef, quiet: QuietHours | null): Promise<Subscriber>;
  /** A chat marked inactive (it had blocked the bot) wrote again: it is active again, settings as they were. */
  reactivate(chat: ChatRef): Promise<boolean>;
  /** A group became a supergroup: its subscription, follows and queued messages move to the new id. */
  migrate(fromChatId: number, toChatId: number): Promise<boolean>;
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

  /**
   * Changes a chat's settings, creating its subscriber when new. A chat that changes its settings is plainly
   * reachable again, so one marked inactive after a 403 is active again.
   */
  const change = (chat: ChatRef, patch: SubscriberPatch): Promise<Subscriber> =>
    getStore().subscribers.upsert(chat, { ...patch, active: true });

  const follows = createFollowOps({
    getStore,
    wordShares: deps.wordShares,
    rules: { ...SUBSCRIPTION_RULES, ...deps.rules },
    touch: (chat) => change(chat, {}),
  });

  const zoneOf = (subscriber: Subscriber | null): string => subscriber?.timezone ?? deps.siteTimezone;
  const subscriberOf = async (chatId: number | undefined): Promise<Subscriber | null> =>
    chatId === undefined ? null : getStore().subscribers.get(chatId);

  return {
    ...follows,
    readerZone: async (chatId) => zoneOf(await subscriberOf(chatId)),
    async settings(chatId, chatType) {
      const subscriber = await subscriberOf(chatId);
      return { subscriber, follows: chatId === undefined ? [] : await follows.follows(chatId), zone: zoneOf(subscriber), chatType };
    },
    subscribe: (chat, choice) => change(chat, { ...choice, threadId: chat.threadId }),
    async unsubscribe(chatId) {
      const undo = undoModeOf(await subscriberOf(chatId));
      await getStore().subscribers.unsubscribe(chatId);
      return { undo, follows: await follows.follows(chatId) };
    },
    setZone: (chat, zone) => change(chat, { timezone: zone }),
    setQuiet: (chat, quiet) => change(chat, { quiet }),
    async reactivate(chat) {
      const subscriber = await subscriberOf(chat.chatId);
      if (!subscriber || subscriber.active) return false;
      await change(chat, {});
      logger.info({ chatId: chat.chatId }, "reader back: subscriber active again");
      return true;
    },
    async migrate(fromChatId, toChatId) {
      if (!(await subscriberOf(fromChatId))) return false;
      await getStore().subscribers.migrate(fromChatId, toChatId);
      logger.info({ chatId: fromChatId, toChatId }, "group migrated: subscription moved");
      return true;
    },
  };
}
