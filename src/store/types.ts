import type { Article, Headline } from "../corpus/types.js";
import type { QuestionStore } from "./question-types.js";
import type { Language } from "../i18n/languages.js";
import type { SourceItem, SourceState } from "../core/items.js";
import type { ChatRef, DeliveryMode, Follow, Subscriber, SubscriberPatch } from "../core/subscribers.js";

/** An item as recorded: what a source found, with the store's id for it. */
export interface StoredItem extends SourceItem {
  id: number;
  source: string;
  /** Epoch ms when it was first recorded. */
  seenAt: number;
}

/**
 * A button as meaning, not as bytes: the bot layer encodes it into callback_data (under 64 bytes)
 * and labels it from its catalogue.
 */
export type OutboxButton = {
  kind: "explain";
  itemId: number;
  /** The item's number in a message that lists several, so that each button names its entry. */
  number?: number;
};

/** Why a message is queued: a pushed item (instant or follow), or a part of a daily digest. */
export type OutboxPurpose = "push" | "digest";

export type OutboxStatus = "pending" | "sending" | "sent" | "failed";

/** A message to queue. (chatId, purpose, subject) is unique: the same item never goes twice to one chat. */
export interface OutboxDraft {
  chatId: number;
  threadId: number | null;
  purpose: OutboxPurpose;
  /** The item's id for a push; the local date and part for a digest, e.g. "2024-03-12#2". */
  subject: string;
  itemId: number | null;
  /** Telegram HTML, already escaped. */
  text: string;
  buttons: OutboxButton[];
  /**
   * The row's entry in one message that lists a reader's waiting pushes (Telegram HTML, escaped); a row with an
   * entry can be merged with the chat's other such rows, a row without one (a digest) always goes alone.
   */
  entry?: string | null;
  /** Epoch ms before which it must not be sent (quiet hours). */
  notBefore: number;
}

export interface OutboxRow extends OutboxDraft {
  id: number;
  entry: string | null;
  /**
   * The row's place in the queue: not_before at first, then the send time of the chat's latest message, so that
   * a chat just served waits behind every chat still waiting for its first.
   */
  turn: number;
  status: OutboxStatus;
  /** Failed tries so far (429 answers do not count). */
  attempts: number;
  lastError: string | null;
  createdAt: number;
  updatedAt: number;
  sentAt: number | null;
}

export interface SourceStats extends SourceState {
  name: string;
}

/** How far one recent item's push has reached. */
export interface PushReach {
  itemId: number;
  title: string;
  /** Chats it was sent to. */
  readers: number;
  /** Chats it is still queued for (pending or being sent). */
  waiting: number;
  /** Epoch ms when it was queued (its first row), and when the last chat so far had it; null if none yet. */
  queuedAt: number;
  lastSentAt: number | null;
}

/** What /stats shows. */
export interface StoreStats {
  subscribers: Record<DeliveryMode, number> & { inactive: number };
  follows: number;
  outbox: { pending: number; sending: number };
  last24h: { sent: number; failed: number };
  /** The latest pushed items, newest first. */
  pushes: PushReach[];
  sources: SourceStats[];
}

export interface SubscriberStore {
  get(chatId: number): Subscriber | null;
  /**
   * Creates the chat's subscriber with the defaults (mode off, the site's zone) when it is new, then applies
   * the patch. Switching to daily starts the digest baseline now, so that the first digest holds only what
   * arrives from then on.
   */
  upsert(chat: ChatRef, patch?: SubscriberPatch): Subscriber;
  /** Active subscribers, whatever their mode: fan-out picks the instant ones and those with follows. */
  listActive(): Subscriber[];
  /** Active subscribers in daily mode. */
  listDaily(): Subscriber[];
  setLastDigest(chatId: number, at: number): void;
  /** Marks the chat inactive (it blocked the bot or is gone) and drops its pending messages; settings are kept. */
  deactivate(chatId: number): void;
  /** /unsubscribe: mode off and pending messages dropped; follows, zone, digest hour and quiet hours are kept. */
  unsubscribe(chatId: number): void;
  /** A group became a supergroup: its subscription, follows and queued messages move to the new id. */
  migrate(fromChatId: number, toChatId: number): void;
}

export interface FollowStore {
  /** Follows a story; creates the chat's subscriber (mode off) if needed. The same words twice are one follow. */
  add(chat: ChatRef, query: string): Follow;
  remove(chatId: number, followId: number): boolean;
  /** Drops every follow of the chat; returns how many there were. */
  removeAll(chatId: number): number;
  list(chatId: number): Follow[];
  /** Follows of active chats. */
  listActive(): Follow[];
}

export interface ItemStore {
  /**
   * Records a poll's items and returns those never seen before. The first poll of a source records its items
   * as history and returns none (no flood on first start). One story (same normalized title, or same canonical
   * link) from two sources or lists is one item.
   */
  record(source: string, items: readonly SourceItem[]): StoredItem[];
  /**
   * The items `record` would take as new now, without recording them: none for a source never seen.
   * Work on them (matching follows) can then run before the transaction that records them.
   */
  unseen(source: string, items: readonly SourceItem[]): SourceItem[];
  get(id: number): StoredItem | null;
  /** Items first seen in (since, until], most recently seen first, history from a source's first poll excluded. */
  listSeenBetween(since: number, until: number, limit: number): StoredItem[];
}

export interface SourceStore {
  getState(source: string): SourceState | null;
  saveState(source: string, state: SourceState): void;
}

export interface OutboxStore {
  /** Queues messages, skipping any already queued with the same (chat, purpose, subject); returns how many. */
  enqueue(drafts: readonly OutboxDraft[]): number;
  /** The pending row due at `now` with the earliest turn (then the oldest) whose chat is not in `excludeChats`. */
  next(now: number, excludeChats: readonly number[]): OutboxRow | null;
  /** The chat's pending rows due at `now`, in queue order, at most `limit`: the candidates for one message. */
  dueForChat(chatId: number, now: number, limit: number): OutboxRow[];
  /** The earliest `notBefore` after `now` among pending rows, or null. */
  nextDueAfter(now: number): number | null;
  hasPending(): boolean;
  /** The rows of one message, marked together (one transaction), as are the marks below. */
  markSending(ids: readonly number[], now: number): void;
  /** Sent; the chat's other pending rows move their turn to just after `now`, behind the chats still waiting. */
  markSent(ids: readonly number[], now: number): void;
  /**
   * Back to pending, keeping its place in the queue (the sender holds the chat for any wait, so that a
   * chat's messages keep their order); `countAttempt` adds to the failed tries.
   */
  markPending(ids: readonly number[], error: string, countAttempt: boolean, now: number): void;
  /** Gives the message up after a failed try (counted). */
  markFailed(ids: readonly number[], error: string, now: number): void;
  /** Rows left `sending` by a crash go back to pending: their send may or may not have reached Telegram. */
  requeueInFlight(now: number): number;
  list(filter?: { chatId?: number; status?: OutboxStatus }): OutboxRow[];
  /** Deletes sent and failed rows last changed before `before`. */
  prune(before: number): number;
}

/**
 * Windows in which Telegram asked for no calls (a 429's retry_after), by scope (the whole bot, or one chat), kept
 * so that a restarted bot does not call into a window its predecessor was given.
 */
export interface TelegramHoldStore {
  /** Epoch ms the scope's window ends, or null when there is none after `now`. */
  heldUntil(scope: string, now: number): number | null;
  /** Every window that ends after `now`, by scope. */
  active(now: number): Map<string, number>;
  /** Records a window (the later end is kept) and forgets windows ended before `now`. */
  hold(scope: string, untilMs: number, now: number): void;
}

/** A chat's language, and whether it was chosen (/language) rather than seen (the Telegram app's language). */
export interface ChatLanguage {
  language: Language;
  chosen: boolean;
}

/** The language each chat is spoken to in; a chat's row follows it when a group becomes a supergroup. */
export interface ChatLanguageStore {
  /** The chat's language, or null before its first contact. */
  get(chatId: number): ChatLanguage | null;
  /** Records a chosen language, or a seen one, which never replaces a chosen one. */
  set(chatId: number, language: Language, how: "chosen" | "seen"): void;
}

/** Everything the bot keeps, behind an interface another database can implement. All calls are synchronous. */
export interface Store {
  subscribers: SubscriberStore;
  follows: FollowStore;
  items: ItemStore;
  sources: SourceStore;
  outbox: OutboxStore;
  telegramHolds: TelegramHoldStore;
  feedStories: FeedStoryStore;
  questions: QuestionStore;
  chatLanguages: ChatLanguageStore;
  /** Runs `fn` atomically: all its writes land, or none. */
  transaction<T>(fn: () => T): T;
  stats(now: number): StoreStats;
  /** The outbox's state and the pace reached, for the editors' console. */
  deliveryReport(now: number): DeliveryReport;
  close(): void;
}

/** A story a feed listed, as the search corpus and the page fetcher need it. */
export interface FeedStory {
  /** The story's canonical link, or its normalized title when it has none. */
  storyKey: string;
  /** The feed's own address. */
  feed: string;
  url: string | null;
  /** What the corpus shows until the article is read. */
  headline: Headline;
  /** The article, from the feed's full text or from its page; null while unread. */
  article: Article | null;
}

/** A page to fetch, with what the last good answer said about it. */
export interface DueFetch extends FeedStory {
  url: string;
  etag: string | null;
  lastModified: string | null;
  /** Failed tries in a row so far. */
  failures: number;
}

/** One story of a feed poll: `fetch` when its page is to be read (no full text, a link, fetching on). */
export interface ListedStory extends FeedStory {
  fetch: boolean;
}

export interface FeedStoryStore {
  /**
   * Records a poll's stories. A new one with `fetch` is due now; a known one keeps what was read of it, and
   * one whose page was read before `refreshBefore` is due again (a conditional request). Returns how many
   * stories are new or brought an article, so the caller knows whether the corpus changed.
   */
  list(stories: readonly ListedStory[], now: number, refreshBefore: number): number;
  /** Pages due at `now`, the longest waiting first. */
  due(now: number, limit: number): DueFetch[];
  /** The earliest time a page is due after `now`, or null. */
  nextDueAfter(now: number): number | null;
  /** A page read: its article (null when the server said it has not changed) and validators. */
  saveFetched(storyKey: string, fetched: { article: Article | null; etag: string | null; lastModified: string | null }, now: number): void;
  /** A try failed: retried at `retryAt`, or given up when null. */
  saveFailure(storyKey: string, error: string, retryAt: number | null): void;
  /** Every story, for the search corpus. */
  all(): FeedStory[];
}

/** The outbox as the editors' console shows it. */
export interface DeliveryReport {
  /** Every row of the outbox by status (sent and failed rows are pruned after a while). */
  byStatus: Record<OutboxStatus, number>;
  /** Messages sent in the busiest second and the busiest minute of the last day (the rows of one message count once). */
  peakPerSecond: number;
  peakPerMinute: number;
  /** Messages waiting after a 429 (Telegram's "retry after") now. */
  waitingAfter429: number;
  /** The 429 windows in force now: the whole bot's, or one chat's. */
  holds: Array<{ scope: string; untilMs: number }>;
}
