import type { QuietHours } from "../store/types.js";

const MINUTE_MS = 60_000;
const DAY_MS = 24 * 60 * MINUTE_MS;

export interface LocalParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
}

const partsFormatters = new Map<string, Intl.DateTimeFormat>();

function partsFormatter(zone: string): Intl.DateTimeFormat {
  let formatter = partsFormatters.get(zone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat("en-US", {
      timeZone: zone,
      hourCycle: "h23",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
    });
    partsFormatters.set(zone, formatter);
  }
  return formatter;
}

/** The wall-clock date and time in `zone` at the instant `at` (epoch ms). */
export function localParts(at: number, zone: string): LocalParts {
  const parts: Record<string, number> = {};
  for (const part of partsFormatter(zone).formatToParts(at)) {
    if (part.type !== "literal") parts[part.type] = Number(part.value);
  }
  return {
    year: parts.year ?? 0,
    month: parts.month ?? 0,
    day: parts.day ?? 0,
    hour: parts.hour ?? 0,
    minute: parts.minute ?? 0,
  };
}

/** The zone's offset from UTC at the instant `at`, in minutes (Asia/Baku: +240). */
function offsetMinutes(at: number, zone: string): number {
  const local = localParts(at, zone);
  const asUtc = Date.UTC(local.year, local.month - 1, local.day, local.hour, local.minute);
  return Math.round((asUtc - Math.floor(at / MINUTE_MS) * MINUTE_MS) / MINUTE_MS);
}

/**
 * The instant at which the wall clock in `zone` shows the given date and minutes after midnight.
 * A time skipped by a DST jump (02:30 on a spring-forward night) maps to the same distance after the jump;
 * a time shown twice (autumn) maps to its first showing.
 */
export function zonedTime(date: Pick<LocalParts, "year" | "month" | "day">, minutes: number, zone: string): number {
  const wall = Date.UTC(date.year, date.month - 1, date.day) + minutes * MINUTE_MS;
  // Read as UTC, the wall time is within 14 hours of the real instant, so a day either side straddles any jump.
  const before = wall - offsetMinutes(wall - DAY_MS, zone) * MINUTE_MS;
  const after = wall - offsetMinutes(wall + DAY_MS, zone) * MINUTE_MS;
  const shows = (at: number) => {
    const local = localParts(at, zone);
    return Date.UTC(local.year, local.month - 1, local.day, local.hour, local.minute) === wall;
  };
  const valid = [before, after].filter(shows);
  return valid.length > 0 ? Math.min(...valid) : before;
}

/** The calendar date `days` after the given one. */
function addDays(date: Pick<LocalParts, "year" | "month" | "day">, days: number): LocalParts {
  const shifted = new Date(Date.UTC(date.year, date.month - 1, date.day + days));
  return {
    year: shifted.getUTCFullYear(),
    month: shifted.getUTCMonth() + 1,
    day: shifted.getUTCDate(),
    hour: 0,
    minute: 0,
  };
}

/** YYYY-MM-DD of a local date. */
export function isoDate(date: Pick<LocalParts, "year" | "month" | "day">): string {
  const pad = (n: number, width = 2) => String(n).padStart(width, "0");
  return `${pad(date.year, 4)}-${pad(date.month)}-${pad(date.day)}`;
}

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
