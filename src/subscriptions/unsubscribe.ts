import type { DeliveryMode, Subscriber } from "../core/subscribers.js";

/**
 * /unsubscribe stops the headlines (the mode goes off) and keeps the rest: the stories the chat follows, its zone,
 * digest hour and quiet hours. A reader who stops the headlines has not said they no longer care for a story, so
 * follows go only when the reader asks for that too, and the undo brings the mode back.
 */
export type UndoMode = Exclude<DeliveryMode, "off">;

/** The mode an undo of /unsubscribe brings back: the chat's mode before it; none when headlines were off already. */
export function undoModeOf(subscriber: Subscriber | null): UndoMode | null {
  const mode = subscriber?.mode ?? "off";
  return mode === "off" ? null : mode;
}

/** The mode an undo button carries, read back from its data; null for a value no version of the bot wrote. */
export function parseUndoMode(value: string): UndoMode | null {
  return value === "instant" || value === "daily" ? value : null;
}
