import type { QuietHours } from "../core/subscribers.js";
import { formatClockTime } from "./zoned-time.js";

/** "8", "08:00", "19.30", "7h15", "7pm", "7:30 p.m." */
const TIME = /^(\d{1,2})(?:[:.h](\d{2}))?\s*(?:([ap])\.?\s?m\.?)?$/i;
const WINDOW = /^(.+?)\s*(?:-|–|—|\bto\b)\s*(.+)$/i;
const OFF = /^(off|none|no)$/i;
const HALF_DAY = 12 * 60;

/** "08:00", "8", "19.30", "7pm" or "12:30am" as minutes after midnight; null when it is no time of day. */
export function parseClockTime(text: string): number | null {
  const match = TIME.exec(text.trim());
  if (!match) return null;
  const hours = Number(match[1]);
  const minutes = Number(match[2] ?? 0);
  if (minutes >= 60) return null;
  const half = match[3]?.toLowerCase();
  if (half === undefined) return hours < 24 ? hours * 60 + minutes : null;
  // On a 12-hour clock "12am" is midnight and "12pm" noon; "13pm" is no time.
  if (hours < 1 || hours > 12) return null;
  return (hours % 12) * 60 + minutes + (half === "p" ? HALF_DAY : 0);
}

/** Why a reader's quiet hours cannot be read, precisely enough to say so. */
export type QuietMistake =
  | { kind: "oneTime" }
  | { kind: "badTime"; text: string }
  | { kind: "same"; minutes: number };

export type QuietParse = { kind: "window"; quiet: QuietHours } | { kind: "off" } | { kind: "mistake"; mistake: QuietMistake };

/** "23:00-07:00" (or "23-7", "11pm to 7am") as a window, "off" for none, or the mistake that makes it neither. */
export function parseQuietHours(text: string): QuietParse {
  const trimmed = text.trim();
  if (OFF.test(trimmed)) return { kind: "off" };
  const match = WINDOW.exec(trimmed);
  if (!match) return { kind: "mistake", mistake: parseClockTime(trimmed) === null ? { kind: "badTime", text: trimmed } : { kind: "oneTime" } };
  const [startText = "", endText = ""] = [match[1]?.trim(), match[2]?.trim()];
  const start = parseClockTime(startText);
  if (start === null) return { kind: "mistake", mistake: { kind: "badTime", text: startText } };
  const end = parseClockTime(endText);
  if (end === null) return { kind: "mistake", mistake: { kind: "badTime", text: endText } };
  if (start === end) return { kind: "mistake", mistake: { kind: "same", minutes: start } };
  return { kind: "window", quiet: { start, end } };
}

/** A window as "23:00–07:00". */
export function formatQuietHours(quiet: QuietHours): string {
  return `${formatClockTime(quiet.start)}–${formatClockTime(quiet.end)}`;
}
