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
export function offsetMinutes(at: number, zone: string): number {
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
export function addDays(date: Pick<LocalParts, "year" | "month" | "day">, days: number): LocalParts {
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

/** Minutes after midnight as "08:00". */
export function formatClockTime(minutes: number): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
}

/** "+04:00" for 240 minutes. */
export function formatOffset(minutes: number): string {
  return (minutes < 0 ? "-" : "+") + formatClockTime(Math.abs(minutes));
}

/** An instant as ISO 8601 with the given offset from UTC, to the second: 2023-01-27T14:27:00+04:00. */
export function isoWithOffset(at: number, offset: number): string {
  const shifted = new Date(Math.floor(at / 1000) * 1000 + offset * MINUTE_MS);
  return shifted.toISOString().slice(0, 19) + formatOffset(offset);
}

/** An instant as ISO 8601 with the offset the zone has at that instant. */
export function isoInZone(at: number, zone: string): string {
  return isoWithOffset(at, offsetMinutes(at, zone));
}
