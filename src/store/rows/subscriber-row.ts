import type { ChatType, DeliveryMode, Subscriber } from "../../core/subscribers.js";
import { flagFrom } from "./stored-flag.js";

export interface SubscriberColumns {
  chat_id: number;
  thread_id: number | null;
  chat_type: ChatType;
  mode: DeliveryMode;
  digest_minutes: number;
  timezone: string;
  quiet_start: number | null;
  quiet_end: number | null;
  active: number | boolean;
  last_digest_at: number | null;
  created_at: number;
  updated_at: number;
}

export function subscriberFrom(columns: SubscriberColumns): Subscriber {
  return {
    chatId: columns.chat_id,
    threadId: columns.thread_id,
    chatType: columns.chat_type,
    mode: columns.mode,
    digestMinutes: columns.digest_minutes,
    timezone: columns.timezone,
    quiet: columns.quiet_start !== null && columns.quiet_end !== null ? { start: columns.quiet_start, end: columns.quiet_end } : null,
    active: flagFrom(columns.active),
    lastDigestAt: columns.last_digest_at,
    createdAt: columns.created_at,
    updatedAt: columns.updated_at,
  };
}
