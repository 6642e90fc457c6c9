import type { OutboxButton, OutboxPurpose, OutboxRow, OutboxStatus } from "../types.js";

/** An outbox row's columns, as both stores read them back (buttons kept as JSON text). */
export interface OutboxColumns {
  id: number;
  chat_id: number;
  thread_id: number | null;
  purpose: OutboxPurpose;
  subject: string;
  item_id: number | null;
  text: string;
  buttons: string;
  entry: string | null;
  turn: number;
  status: OutboxStatus;
  attempts: number;
  not_before: number;
  last_error: string | null;
  created_at: number;
  updated_at: number;
  sent_at: number | null;
}

export function outboxRowFrom(columns: OutboxColumns): OutboxRow {
  return {
    id: columns.id,
    chatId: columns.chat_id,
    threadId: columns.thread_id,
    purpose: columns.purpose,
    subject: columns.subject,
    itemId: columns.item_id,
    text: columns.text,
    buttons: JSON.parse(columns.buttons) as OutboxButton[],
    entry: columns.entry,
    turn: columns.turn,
    status: columns.status,
    attempts: columns.attempts,
    notBefore: columns.not_before,
    lastError: columns.last_error,
    createdAt: columns.created_at,
    updatedAt: columns.updated_at,
    sentAt: columns.sent_at,
  };
}
