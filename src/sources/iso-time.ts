import { isoWithOffset } from "../time/zoned-time.js";

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
  return isoWithOffset(ms, offset ?? 0);
}
