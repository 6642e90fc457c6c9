/** The forms dates are shown in, each in the reader's zone and language (an Intl locale). */
const FORMATS = Object.freeze({
  dateTime: { day: "numeric", month: "short", year: "numeric", hour: "2-digit", minute: "2-digit", hourCycle: "h23" },
  time: { hour: "2-digit", minute: "2-digit", hourCycle: "h23" },
  day: { weekday: "long", day: "numeric", month: "long" },
  dayMonth: { day: "numeric", month: "short" },
} satisfies Record<string, Intl.DateTimeFormatOptions>);

/** The locale dates are written in unless the reader's language says otherwise: "12 Mar 2024". */
const DEFAULT_LOCALE = "en-GB";

/** Building a formatter is slow, and every message shows dates: one is kept per form, zone and locale. */
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(zone: string, kind: keyof typeof FORMATS, locale: string): Intl.DateTimeFormat {
  const key = `${kind}|${zone}|${locale}`;
  let found = formatters.get(key);
  if (!found) {
    found = new Intl.DateTimeFormat(locale, { ...FORMATS[kind], timeZone: zone });
    formatters.set(key, found);
  }
  return found;
}

/** "12 Mar 2024, 14:27" in the reader's zone; null when there is no date, or it does not parse. */
export function formatDateTime(iso: string | null, zone: string, locale = DEFAULT_LOCALE): string | null {
  if (!iso) return null;
  const at = Date.parse(iso);
  return Number.isNaN(at) ? null : formatter(zone, "dateTime", locale).format(at);
}

/** "14:27" in the reader's zone. */
export function formatTime(at: number, zone: string, locale = DEFAULT_LOCALE): string {
  return formatter(zone, "time", locale).format(at);
}

/** "12 Mar" in the reader's zone. */
export function formatDayMonth(at: number, zone: string, locale = DEFAULT_LOCALE): string {
  return formatter(zone, "dayMonth", locale).format(at);
}

/** "Tuesday 12 March" in the reader's zone. */
export function formatDay(at: number, zone: string, locale = DEFAULT_LOCALE): string {
  return formatter(zone, "day", locale).format(at);
}
