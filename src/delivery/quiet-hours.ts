import type { QuietHours } from "../core/subscribers.js";
import { addDays, localParts, zonedTime } from "../time/zoned-time.js";

/**
 * When a message due at `at` may go to a reader with these quiet hours: `at` itself outside the window,
 * else the window's end in the reader's zone. A window may wrap midnight (23:00-07:00); start = end is no window.
 */
export function afterQuietHours(at: number, zone: string, quiet: QuietHours | null): number {
  if (!quiet || quiet.start === quiet.end) return at;
  const local = localParts(at, zone);
  const minute = local.hour * 60 + local.minute;
  const wraps = quiet.start > quiet.end;
  const inside = wraps ? minute >= quiet.start || minute < quiet.end : minute >= quiet.start && minute < quiet.end;
  if (!inside) return at;
  const endDay = minute < quiet.end ? local : addDays(local, 1);
  return zonedTime(endDay, quiet.end, zone);
}
