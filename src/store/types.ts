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
  get(chatId: number): Promise<Subscriber | null>;
  /**
   * Creates the chat's subscriber with the defaults (mode off, the site's zone) when it is new, then applies
   * the patch. Switching to daily starts the digest baseline now, so that the first digest holds only what
   * arrives from then on.
   */
  upsert(chat: ChatRef, patch?: SubscriberPatch): Promise<Subscriber>;
  /** Active subscribers, whatever their mode: fan-out picks the instant ones and those with follows. */
  listActive(): Promise<Subscriber[]>;
  /** Active subscribers in daily mode. */
  listDaily(): Promise<Subscriber[]>;
  setLastDigest(chatId: number, at: number): Promise<void>;
  /** Marks the chat inactive (it blocked the bot or is gone) and drops its pending messages; settings are kept. */
  deactivate(chatId: number): Promise<void>;
  /** /unsubscribe: mode off and pending messages dropped; follows, zone, digest hour and quiet hours are kept. */
  unsubscribe(chatId: number): Promise<void>;
  /** A group became a supergroup: its subscription, follows and queued messages move to the new id. */
  migrate(fromChatId: number, toChatId: number): Promise<void>;
}

export interface FollowStore {
  /** Follows a story; creates the chat's subscriber (mode off) if needed. The same words twice are one follow. */
  add(chat: ChatRef, query: string): Promise<Follow>;
  remove(chatId: number, followId: number): Promise<boolean>;
  /** Drops every follow of the chat; returns how many there were. */
  removeAll(chatId: number): Promise<number>;
  list(chatId: number): Promise<Follow[]>;
  /** Follows of active chats. */
  listActive(): Promise<Follow[]>;
}

export interface ItemStore {
  /**
   * Records a poll's items and returns those never seen before. The first poll of a source records its items
   * as history and returns none (no flood on first start). One story (same normalized title, or same canonical
   * link) from two sources or lists is one item.
   */
  record(source: string, items: readonly SourceItem[]): Promise<StoredItem[]>;
  /**
   * The items `record` would take as new now, without recording them: none for a source never seen.
   * Work on them (matching follows) can then run before the transaction that records them.
   */
  unseen(source: string, items: readonly SourceItem[]): Promise<SourceItem[]>;
  get(id: number): Promise<StoredItem | null>;
  /** Items first seen in (since, until], most recently seen first, history from a source's first poll excluded. */
  listSeenBetween(since: number, until: number, limit: number): Promise<StoredItem[]>;
}

export interface SourceStore {
  getState(source: string): Promise<SourceState | null>;
  saveState(source: string, state: SourceState): Promise<void>;
}

/** Of a claimed lead row and its chat's other due rows, the ids that go in one message (the lead's among them). */
export type ChooseRows = (lead: OutboxRow, others: OutboxRow[]) => number[];

/** The rows of one message are marked together, in one transaction. */
export interface OutboxStore {
  /** Queues messages, skipping any already queued with the same (chat, purpose, subject); returns how many. */
  enqueue(drafts: readonly OutboxDraft[]): Promise<number>;
  /**
   * Claims the next message: the pending row due at `now` with the earliest turn (then the oldest) whose chat is
   * not in `excludeChats`, and that chat's other due rows in queue order (at most `limit`), locked against every
   * other sender (PostgreSQL's FOR UPDATE SKIP LOCKED). `choose` says which of them go in one message (the lead
   * row first); those are marked `sending` together and returned, the rest stay pending. Null when none is due.
   */
  claim(now: number, excludeChats: readonly number[], limit: number, choose: ChooseRows): Promise<OutboxRow[] | null>;
  /** The earliest `notBefore` after `now` among pending rows, or null. */
  nextDueAfter(now: number): Promise<number | null>;
  hasPending(): Promise<boolean>;
  /** Sent; the chat's other pending rows move their turn to just after `now`, behind the chats still waiting. */
  markSent(ids: readonly number[], now: number): Promise<void>;
  /**
   * Back to pending, keeping its place in the queue (the sender holds the chat for any wait, so that a
   * chat's messages keep their order); `countAttempt` adds to the failed tries.
   */
  markPending(ids: readonly number[], error: string, countAttempt: boolean, now: number): Promise<void>;
  /** Gives the message up after a failed try (counted). */
  markFailed(ids: readonly number[], error: string, now: number): Promise<void>;
  /** Rows left `sending` by a crash go back to pending (their send may or may not have reached Telegram); returns their chats, each once. */
  requeueInFlight(now: number): Promise<number[]>;
  list(filter?: { chatId?: number; status?: OutboxStatus }): Promise<OutboxRow[]>;
  /** Deletes sent and failed rows last changed before `before`. */
  prune(before: number): Promise<number>;
}

/**
 * Windows in which Telegram asked for no calls (a 429's retry_after), by scope (the whole bot, or one chat), kept
 * so that a restarted bot does not call into a window its predecessor was given.
 */
export interface TelegramHoldStore {
  /** Epoch ms the scope's window ends, or null when there is none after `now`. */
  heldUntil(scope: string, now: number): Promise<number | null>;
  /** Every window that ends after `now`, by scope. */
  active(now: number): Promise<Map<string, number>>;
  /** Records a window (the later end is kept) and forgets windows ended before `now`. */
  hold(scope: string, untilMs: number, now: number): Promise<void>;
}

/** A chat's language, and whether it was chosen (/language) rather than seen (the Telegram app's language). */
export interface ChatLanguage {
  language: Language;
  chosen: boolean;
}

/** The language each chat is spoken to in; a chat's row follows it when a group becomes a supergroup. */
export interface ChatLanguageStore {
  /** The chat's language, or null before its first contact. */
  get(chatId: number): Promise<ChatLanguage | null>;
  /** Every chat's language, for a process that keeps them in memory. */
  all(): Promise<Map<number, ChatLanguage>>;
  /** Records a chosen language, or a seen one, which never replaces a chosen one. */
  set(chatId: number, language: Language, how: "chosen" | "seen"): Promise<void>;
}

/** The store's parts, as a transaction sees them. */
export type StoreParts = Omit<Store, "transaction" | "close" | "backend">;

/**
 * Everything the bot keeps, behind one contract with two implementations: SQLite (embedded, one process) and
 * PostgreSQL (several instances). Every call is asynchronous, as a database across a network must be.
 */
export interface Store {
  /** Which database this is: the app runs one instance per SQLite file, any number on one PostgreSQL. */
  backend: "sqlite" | "postgres";
  subscribers: SubscriberStore;
  follows: FollowStore;
  items: ItemStore;
  sources: SourceStore;
  outbox: OutboxStore;
  telegramHolds: TelegramHoldStore;
  feedStories: FeedStoryStore;
  questions: QuestionStore;
  chatLanguages: ChatLanguageStore;
  /**
   * Runs `fn` atomically on `tx`: all its writes land, or none. Only `tx` is in the transaction: calls on the
   * store itself meanwhile are not (in SQLite they wait for it to end).
   */
  transaction<T>(fn: (tx: StoreParts) => Promise<T>): Promise<T>;
  stats(now: number): Promise<StoreStats>;
  /** The outbox's state and the pace reached, for the editors' console. */
  deliveryReport(now: number): Promise<DeliveryReport>;
  close(): Promise<void>;
}

/** A contract's synchronous twin: what the SQLite parts implement, since better-sqlite3 answers at once. */
export type Synchronous<T> = {
  [K in keyof T]: T[K] extends (...args: infer A) => Promise<infer R> ? (...args: A) => R : T[K];
};

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
  list(stories: readonly ListedStory[], now: number, refreshBefore: number): Promise<number>;
  /** Pages due at `now`, the longest waiting first. */
  due(now: number, limit: number): Promise<DueFetch[]>;
  /** The earliest time a page is due after `now`, or null. */
  nextDueAfter(now: number): Promise<number | null>;
  /** A page read: its article (null when the server said it has not changed) and validators. */
  saveFetched(storyKey: string, fetched: { article: Article | null; etag: string | null; lastModified: string | null }, now: number): Promise<void>;
  /** A try failed: retried at `retryAt`, or given up when null. */
  saveFailure(storyKey: string, error: string, retryAt: number | null): Promise<void>;
  /** Every story, for the search corpus. */
  all(): Promise<FeedStory[]>;
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
