/** Who receives what, and when: shared by the subscription rules, the store, delivery and the bot. */

/** How a chat receives headlines: not at all, each as it arrives, or once a day at its hour. */
export type DeliveryMode = "off" | "instant" | "daily";

export type ChatType = "private" | "group" | "supergroup" | "channel";

/** Where a chat receives its messages: a forum topic when `threadId` is set. */
export interface ChatRef {
  chatId: number;
  threadId: number | null;
  chatType: ChatType;
}

/** A window in the reader's local day, in minutes after midnight; `start > end` wraps midnight (23:00-07:00). */
export interface QuietHours {
  start: number;
  end: number;
}

export interface Subscriber extends ChatRef {
  mode: DeliveryMode;
  /** The local time of the daily digest, in minutes after midnight. */
  digestMinutes: number;
  /** IANA zone, such as Europe/Berlin. */
  timezone: string;
  quiet: QuietHours | null;
  /** False once the chat blocked the bot or vanished; settings are kept so that /start brings them back. */
  active: boolean;
  /** Epoch ms of the last digest queued, or of the switch to daily mode (the first digest starts there). */
  lastDigestAt: number | null;
  createdAt: number;
  updatedAt: number;
}

/** A change to a subscriber; absent fields are left as they are. */
export interface SubscriberPatch {
  threadId?: number | null;
  chatType?: ChatType;
  mode?: DeliveryMode;
  digestMinutes?: number;
  timezone?: string;
  quiet?: QuietHours | null;
  active?: boolean;
}

export interface Follow {
  id: number;
  chatId: number;
  /** The reader's words, as typed (trimmed). */
  query: string;
  createdAt: number;
}
