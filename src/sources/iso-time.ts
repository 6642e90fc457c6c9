/** The zones RFC 822 names, the only named zones a feed's dates may use. */
const NAMED_OFFSETS: Readonly<Record<string, number>> = Object.freeze({
  UT: 0,
  UTC: 0,
  GMT: 0,
  Z: 0,
  EST: -300,
  EDT: -240,
  CST: -360,
  CDT: -300,
  MST: -420,
  MDT: -360,
  PST: -480,
  PDT: -420,
});

/** A publication date further ahead of the time it was found than this is a feed's error, not news from the future. */
const MAX_FUTURE_MS = 24 * 60 * 60 * 1000;

function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? "-" : "+";
  const abs = Math.abs(minutes);
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, "0")}:${String(abs % 60).padStart(2, "0")}`;
}

/** An instant as ISO 8601 with the given offset from UTC, to the second: 2023-01-27T14:27:00+04:00. */
export function isoWithOffset(instant: Date, offsetMinutes: number): string {
  const shifted = new Date(Math.floor(instant.getTime() / 1000) * 1000 + offsetMinutes * 60_000);
  return shifted.toISOString().slice(0, 19) + formatOffset(offsetMinutes);
}

/** The offset of a time zone from UTC at an instant, in minutes. */
function zoneOffsetMinutes(instant: Date, timeZone: string): number {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone,
    hourCycle: "h23",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
  }).formatToParts(instant);
  const get = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((part) => part.type === type)?.value);
  const wall = Date.UTC(get("year"), get("month") - 1, get("day"), get("hour"), get("minute"), get("second"));
  return Math.round((wall - Math.floor(instant.getTime() / 1000) * 1000) / 60_000);
}

/** An instant as ISO 8601 with the offset the zone has at that instant. */
export function isoInZone(instant: Date, timeZone: string): string {
  return isoWithOffset(instant, zoneOffsetMinutes(instant, timeZone));
}

/** The offset a date string states at its end, in minutes; null when it states none. */
function statedOffset(text: string): number | null {
  const numeric = /([+-])(\d{2}):?(\d{2})$/.exec(text);
  if (numeric) {
    const minutes = Number(numeric[2]) * 60 + Number(numeric[3]);
    return numeric[1] === "-" ? -minutes : minutes;
  }
  const named = /(?:\d|\s)([A-Za-z]{1,3})$/.exec(text)?.[1]?.toUpperCase();
  return named !== undefined ? (NAMED_OFFSETS[named] ?? null) : null;
}

/**
 * A feed's date (RFC 822 in RSS, RFC 3339 in Atom, and the sloppy variants of both found in the wild)
 * as ISO 8601, keeping the offset the feed gave. A date with no zone is read as UTC, never as the
 * server's local time. Null when it is not a date, or lies well after the time it was found.
 */
export function normalizeFeedDate(raw: string | undefined, foundAt: Date): string | null {
  const text = raw?.trim().replace(/\s+/g, " ");
  if (!text) return null;
  const offset = statedOffset(text);
  let ms: number;
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) ms = Date.parse(`${text}T00:00:00Z`);
  else if (offset !== null) ms = Date.parse(text);
  else if (/^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}/.test(text)) ms = Date.parse(`${text.replace(" ", "T")}Z`);
  else ms = Date.parse(`${text} GMT`);
  if (Number.isNaN(ms) || ms > foundAt.getTime() + MAX_FUTURE_MS) return null;
  return isoWithOffset(new Date(ms), offset ?? 0);
}
