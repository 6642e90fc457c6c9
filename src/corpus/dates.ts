import { MONTHS, OTHER_MONTHS } from "./defaults.js";
import { CORPUS_ERRORS, CorpusFileError } from "./errors.js";
import { memoizeText } from "./load-memo.js";
import { formatOffset, isoInZone, offsetMinutes, zonedTime } from "../time/zoned-time.js";

/**
 * The site's date forms: "27 January 2023 - 14:27" in the seed's layout, "10 January 2026 20:07" in the
 * current one; a comma or another dash between the date and the time is read too. The Russian and
 * Azerbaijani editions write their own month names ("27 января 2023", "27 yanvar 2023").
 */
const DATE_FORM = String.raw`(\d{1,2}) ([A-Za-z\u0400-\u04FF]+),? (\d{4})(?:\s+[-–—]\s+|,?\s+)(\d{1,2}):(\d{2})`;
export const SITE_DATE = new RegExp(`^${DATE_FORM}$`);
/**
 * A date standing anywhere in a text, such as a byline block "By Leyla Aliyeva · 10 January 2026 20:07".
 * Bounded by non-digits rather than word boundaries: an element's text runs into its neighbour's ("finished10 January").
 */
export const SITE_DATE_IN_TEXT = new RegExp(`(?<!\\d)${DATE_FORM}(?!\\d)`);
/** A page's meta line, "REGION  27 January 2023 - 14:27": an optional rubric and a separator, then the date. */
const META_LINE = new RegExp(`^(?:(.+?)(\\s{2,}|\\s*[|·•/]\\s*|\\s))?(${DATE_FORM})$`);
/** A rubric set off by a single space is short ("POLITICS", "World news"); a longer text is a sentence that ends in a date. */
const MAX_RUBRIC_WORDS = 4;
const MAX_META_LENGTH = 120;

export interface MetaLine {
  category: string | null;
  date: string;
}

/** Reads a page's meta line: the date with or without a rubric before it; null for any other line. */
export function readMetaLine(line: string): MetaLine | null {
  // A meta line is short; a paragraph is not tried against the pattern at each of its characters.
  if (line.length > MAX_META_LENGTH) return null;
  const match = META_LINE.exec(line);
  if (!match) return null;
  const [, rubric, separator, date] = match;
  if (rubric && separator === " " && rubric.split(/\s+/).length > MAX_RUBRIC_WORDS) return null;
  return { category: rubric?.trim() || null, date: date! };
}

interface WallTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
}

/** Offsets change only at a zone's transitions, so they are remembered per zone and wall-clock hour. */
const offsetsByHour = new Map<string, number>();

const HOUR_MS = 3_600_000;
/** Per zone and wall-clock day, its offset when it holds no transition, null when one is near. */
const steadyOffsetsByDay = new Map<string, number | null>();

/**
 * A day whose offset is the same 14 hours before its midnight and 14 hours after its end has that offset
 * all day: a day's dates then cost two zone lookups, not five for each of its hours (a corpus's 50,000
 * headline dates fall on a few hundred days).
 */
function steadyOffset(zone: string, wall: WallTime): number | null {
  const key = `${zone}@${wall.year}-${wall.month}-${wall.day}`;
  let steady = steadyOffsetsByDay.get(key);
  if (steady === undefined) {
    const midnight = Date.UTC(wall.year, wall.month - 1, wall.day);
    const before = offsetMinutes(midnight - 14 * HOUR_MS, zone);
    steady = before === offsetMinutes(midnight + 38 * HOUR_MS, zone) ? before : null;
    if (steadyOffsetsByDay.size < 100_000) steadyOffsetsByDay.set(key, steady);
  }
  return steady;
}

/** The offset in `zone` at a wall-clock time: a corpus has thousands of dates, and a zone lookup is slow. */
function wallOffset(zone: string, wall: WallTime): number {
  const steady = steadyOffset(zone, wall);
  if (steady !== null) return steady;
  const key = `${zone}@${wall.year}-${wall.month}-${wall.day}T${wall.hour}`;
  let offset = offsetsByHour.get(key);
  if (offset === undefined) {
    offset = offsetMinutes(zonedTime(wall, wall.hour * 60, zone), zone);
    if (offsetsByHour.size < 100_000) offsetsByHour.set(key, offset);
  }
  return offset;
}

/** A wall-clock time in `zone` as ISO 8601 with that zone's offset at that moment. */
function zonedIso(wall: WallTime, zone: string, originalText: string): string {
  const { year, month, day, hour, minute } = wall;
  const probe = new Date(Date.UTC(year, month - 1, day, hour, minute));
  const valid =
    probe.getUTCFullYear() === year &&
    probe.getUTCMonth() === month - 1 &&
    probe.getUTCDate() === day &&
    hour < 24 &&
    minute < 60 &&
    year >= 1900 &&
    year <= 2200;
  if (!valid) throw new CorpusFileError(CORPUS_ERRORS.badDate(originalText));
  const offset = wallOffset(zone, wall);
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${year}-${pad(month)}-${pad(day)}T${pad(hour)}:${pad(minute)}:00${formatOffset(offset)}`;
}

/**
 * Parses the site's "27 January 2023 - 14:27"; null when the text is not in that form at all. A page's
 * list repeats the dates of the other pages' lists, so each text is parsed once per load and zone.
 */
export function parseSiteDate(text: string, zone: string): string | null {
  const parsed = parseSiteDateMemo(`${zone}\u0000${text}`);
  if (parsed instanceof CorpusFileError) throw parsed;
  return parsed;
}

/** A refused date is remembered as its error, so that it is refused alike the next time. */
const parseSiteDateMemo = memoizeText((key): string | null | CorpusFileError => {
  const cut = key.indexOf("\u0000");
  try {
    return readSiteDate(key.slice(cut + 1), key.slice(0, cut));
  } catch (error) {
    if (error instanceof CorpusFileError) return error;
    throw error;
  }
});

function readSiteDate(text: string, zone: string): string | null {
  const match = SITE_DATE.exec(text.trim());
  if (!match) return null;
  const name = match[2]!.toLowerCase();
  const month = [MONTHS, ...OTHER_MONTHS].map((names) => names.indexOf(name) + 1).find((number) => number > 0) ?? 0;
  if (month === 0) throw new CorpusFileError(CORPUS_ERRORS.badDate(text.trim()));
  return zonedIso(
    { year: Number(match[3]), month, day: Number(match[1]), hour: Number(match[4]), minute: Number(match[5]) },
    zone,
    text.trim(),
  );
}

/**
 * A front-matter date as ISO 8601 writes it or YAML's timestamps do: the time after "T" or spaces, seconds and their
 * fraction optional, and an offset ("Z", "+04:00", "+0400", "+4"), also after a space ("2026-04-22 09:40:00 +04:00").
 */
const FRONT_MATTER_DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:(?:[Tt]|\s+)(\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?(?:\s*(Z|[+-]\d{1,2}(?::?\d{2})?))?$/;

/** Parses a front-matter date: the site's form, or ISO 8601 and YAML's forms, local to `zone` when no offset is given. */
export function parseLooseDate(text: string, zone: string): string {
  const site = parseSiteDate(text, zone);
  if (site) return site;
  const value = text.trim();
  const strictIso = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?(\.\d+)?(Z|[+-]\d{2}:\d{2})$/.exec(value);
  if (strictIso && !Number.isNaN(Date.parse(value))) return value.replace("Z", "+00:00");
  const parts = FRONT_MATTER_DATE.exec(value);
  // An offset needs a time to be the offset of.
  if (!parts || (parts[7] !== undefined && parts[4] === undefined)) throw new CorpusFileError(CORPUS_ERRORS.badDate(value));
  const wall = { year: Number(parts[1]), month: Number(parts[2]), day: Number(parts[3]), hour: Number(parts[4] ?? 0), minute: Number(parts[5] ?? 0) };
  const zoned = zonedIso(wall, zone, value);
  const offset = parts[7];
  if (offset === undefined) return zoned;
  const [, sign, hours, minutes] = /^([+-])(\d{1,2}):?(\d{2})?$/.exec(offset) ?? ["", "+", "0", "0"];
  const pad = (n: string | number) => String(n).padStart(2, "0");
  if (Number(hours) > 14 || Number(minutes ?? 0) > 59) throw new CorpusFileError(CORPUS_ERRORS.badDate(value));
  // The wall time as written, with its own offset: the zone's is only for dates that give none.
  return `${zoned.slice(0, 16)}:${pad(parts[6] ?? 0)}${offset === "Z" ? "+00:00" : `${sign}${pad(hours!)}:${pad(minutes ?? 0)}`}`;
}

/**
 * A page's machine-readable time (JSON-LD, `article:published_time`, `<time datetime>`): an instant with
 * an offset is shown in the site's zone, a time without one is read in it; the site's own form is read too.
 * Kept to the minute, as the site shows its dates, so a story read from its HTML and from its text dates alike.
 * Null when the text is no date at all, so that the next source of the date is tried.
 */
export function parseMachineDate(text: string, zone: string): string | null {
  const value = text.trim();
  const instant = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)\s*(Z|[+-]\d{2}:?\d{2})$/i.exec(value);
  if (instant) {
    const offset = instant[3]!.toUpperCase() === "Z" ? "Z" : instant[3]!.replace(/^([+-]\d{2})(\d{2})$/, "$1:$2");
    const at = Date.parse(`${instant[1]}T${instant[2]}${offset}`);
    return Number.isNaN(at) ? null : isoInZone(at, zone).replace(/:\d{2}([+-])/, ":00$1");
  }
  if (!/^\d{4}-\d{2}-\d{2}([T ]\d{1,2}:\d{2}(:\d{2})?)?$/.test(value) && !SITE_DATE.test(value)) return null;
  try {
    return parseLooseDate(value.replace(/([T ]\d{1,2}:\d{2}):\d{2}$/, "$1"), zone);
  } catch {
    return null;
  }
}

/** "2023-03-27T22:10:00+04:00" → "27 March 2023 - 22:10", the site's own form, in the time's own zone. */
export function formatSiteDate(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(iso);
  if (!match) return iso;
  const month = MONTHS[Number(match[2]) - 1] ?? "";
  return `${Number(match[3])} ${month.charAt(0).toUpperCase()}${month.slice(1)} ${match[1]} - ${match[4]}:${match[5]}`;
}
