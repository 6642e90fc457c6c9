import { escapeHtml, MESSAGE_LIMIT, visibleLength } from "../format/html.js";
import type { OutboxButton, OutboxRow } from "../store/types.js";
import type { DeliveryTexts } from "./texts.js";

/** Room kept under Telegram's limit: visibleLength estimates what Telegram counts after parsing. */
const BURST_LIMIT = MESSAGE_LIMIT - 96;

/** What composing a burst needs of a queued row; rows without an item are notes (an "N more" offer). */
export type BurstRow = Pick<OutboxRow, "id" | "itemId" | "text" | "buttons"> & { entry: string };

export interface BurstMessage {
  /** The rows this message carries: they are marked sent, or put back, together. */
  rowIds: number[];
  text: string;
  buttons: OutboxButton[];
}

function burstText(items: readonly BurstRow[], notes: readonly BurstRow[], texts: DeliveryTexts): string {
  const blocks = items.map((row, index) => `${index + 1}. ${row.entry}`);
  if (items.length > 0) blocks.unshift(`<b>${escapeHtml(texts.burstTitle(items.length))}</b>`);
  return [...blocks, ...notes.map((note) => note.entry)].join("\n\n");
}

/**
 * One message for a reader's waiting pushes, in queue order: a title with their count, each item's entry
 * numbered, with an Explain button per number, then the notes. Items over `maxItems`, or past Telegram's limit,
 * are left for the reader's next message (as are notes that do not fit). A single row goes as it was composed.
 */
export function composeBurst(
  rows: readonly BurstRow[],
  options: { maxItems: number; limit?: number; texts: DeliveryTexts },
): BurstMessage {
  const [first] = rows;
  if (!first) throw new Error("a burst needs at least one row");
  const limit = options.limit ?? BURST_LIMIT;
  const fits = (items: readonly BurstRow[], notes: readonly BurstRow[]) => visibleLength(burstText(items, notes, options.texts)) <= limit;

  const items: BurstRow[] = [];
  for (const row of rows) {
    if (row.itemId === null) continue;
    if (items.length >= options.maxItems || (items.length > 0 && !fits([...items, row], []))) break;
    items.push(row);
  }
  const notes: BurstRow[] = [];
  for (const row of rows) if (row.itemId === null && fits(items, [...notes, row])) notes.push(row);

  const chosen = [...items, ...notes];
  if (chosen.length <= 1) {
    const only = chosen[0] ?? first;
    return { rowIds: [only.id], text: only.text, buttons: only.buttons };
  }
  const buttons = items.flatMap((row, index) => row.buttons.map((button) => ({ ...button, number: index + 1 })));
  return { rowIds: chosen.map((row) => row.id), text: burstText(items, notes, options.texts), buttons };
}
