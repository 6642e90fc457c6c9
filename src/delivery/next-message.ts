import type { OutboxRow, OutboxStore } from "../store/types.js";
import { composeBurst } from "./compose-burst.js";
import type { DeliveryTextsOf } from "./texts.js";
import type { OutgoingMessage } from "./types.js";

/** The next message to send, with the outbox rows it carries. */
export interface QueuedMessage extends OutgoingMessage {
  rowIds: number[];
  /** The most failed tries among its rows: a retry's backoff and its give-up count go by it. */
  attempts: number;
}

const mergeable = (row: OutboxRow): row is OutboxRow & { entry: string } => row.purpose === "push" && row.entry !== null;

/**
 * Takes the next row in the queue's order and, when it is a push, everything else waiting for the same chat
 * and topic that fits in one message with it: a reader gets one message per burst, not one per item.
 */
export function nextMessage(
  outbox: OutboxStore,
  now: number,
  blockedChats: readonly number[],
  maxItems: number,
  textsOf: DeliveryTextsOf,
): QueuedMessage | null {
  const row = outbox.next(now, blockedChats);
  if (!row) return null;
  const base = { chatId: row.chatId, threadId: row.threadId };
  if (!mergeable(row)) return { ...base, rowIds: [row.id], attempts: row.attempts, text: row.text, buttons: row.buttons };
  // The same order as next(), so `row` leads; notes (an "N more" offer) are rows too, hence the room beyond maxItems.
  const waiting = outbox
    .dueForChat(row.chatId, now, maxItems * 2)
    .filter((candidate) => candidate.threadId === row.threadId && candidate.id !== row.id)
    .filter(mergeable);
  const rows = [row, ...waiting];
  const burst = composeBurst(rows, { maxItems, texts: textsOf(row.chatId) });
  const attempts = Math.max(...rows.filter((candidate) => burst.rowIds.includes(candidate.id)).map((r) => r.attempts));
  return { ...base, rowIds: burst.rowIds, attempts, text: burst.text, buttons: burst.buttons };
}
