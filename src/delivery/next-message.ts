import type { OutboxRow, OutboxStore } from "../store/types.js";
import { mergeable } from "../store/outbox-rules.js";
import { composeBurst, type BurstMessage, type BurstRow } from "./compose-burst.js";
import type { DeliveryTextsOf } from "./texts.js";
import type { OutgoingMessage } from "./types.js";

/** The next message to send, with the outbox rows it carries. */
export interface QueuedMessage extends OutgoingMessage {
  rowIds: number[];
  /** The most failed tries among its rows: a retry's backoff and its give-up count go by it. */
  attempts: number;
}

const withEntry = (row: OutboxRow): row is OutboxRow & BurstRow => mergeable(row);

/**
 * Claims the next row in the queue's order and, when it is a push, everything else waiting for the same chat
 * and topic that fits in one message with it: a reader gets one message per burst, not one per item. The rows
 * claimed are `sending` when this returns.
 */
export async function nextMessage(
  outbox: OutboxStore,
  now: number,
  blockedChats: readonly number[],
  maxItems: number,
  textsOf: DeliveryTextsOf,
): Promise<QueuedMessage | null> {
  // The burst is composed inside the claim, which marks the rows it chose; a lone row goes as it was composed.
  const composed: { burst?: BurstMessage } = {};
  // Notes (an "N more" offer) are rows too, hence the room beyond maxItems.
  const rows = await outbox.claim(now, blockedChats, maxItems * 2, (lead, others) => {
    if (!withEntry(lead)) return [lead.id];
    composed.burst = composeBurst([lead, ...others.filter(withEntry)], { maxItems, texts: textsOf(lead.chatId) });
    return composed.burst.rowIds;
  });
  const [lead] = rows ?? [];
  if (!rows || !lead) return null;
  const { text, buttons } = composed.burst ?? lead;
  return {
    chatId: lead.chatId,
    threadId: lead.threadId,
    rowIds: rows.map((row) => row.id),
    attempts: Math.max(...rows.map((row) => row.attempts)),
    text,
    buttons,
  };
}
