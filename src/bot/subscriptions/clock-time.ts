import type { QuietHours } from "../../store/types.js";
import { formatClockTime } from "../../time/zoned-time.js";

const TIME = /^(\d{1,2})(?:[:.h](\d{2}))?$/i;
const WINDOW = /^(.+?)\s*(?:-|–|—|\bto\b)\s*(.+)$/i;
const OFF = /^(off|none|no)$/i;

/** "08:00", "8:00", "8" or "19.30" as minutes after midnight; null when it is no time of day. */
export function parseClockTime(text: string): number | null {
  const match = TIME.exec(text.trim());
  if (!match) return null;
  const hours = Number(match[1]);
  const minutes = Number(match[2] ?? 0);
  return hours < 24 && minutes < 60 ? hours * 60 + minutes : null;
}

/** "23:00-07:00" (or "23-7", "23:00 to 07:00") as a window, "off" for none; null when it is neither. */
export function parseQuietHours(text: string): QuietHours | "off" | null {
  const trimmed = text.trim();
  if (OFF.test(trimmed)) return "off";
  const match = WINDOW.exec(trimmed);
  if (!match) return null;
  const start = parseClockTime(match[1] ?? "");
  const end = parseClockTime(match[2] ?? "");
  return start === null || end === null || start === end ? null : { start, end };
}

/** A window as "23:00–07:00". */
export function formatQuietHours(quiet: QuietHours): string {
  return `${formatClockTime(quiet.start)}–${formatClockTime(quiet.end)}`;
}

/** The canonical IANA name of a zone the reader typed ("europe/berlin" gives "Europe/Berlin"); null if unknown. */
export function canonicalZone(text: string): string | null {
  const name = text.trim();
  if (!/^[A-Za-z][A-Za-z0-9_+\-/]{0,63}$/.test(name)) return null;
  try {
    return new Intl.DateTimeFormat("en-GB", { timeZone: name }).resolvedOptions().timeZone;
  } catch {
    return null;
  }
}
