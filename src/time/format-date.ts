/** The forms dates are shown in, each in the reader's zone. */
const FORMATS = Object.freeze({
  dateTime: { day: "numeric", month: "short", year: "numeric", hour: "2-digit", minute: "2-digit", hourCycle: "h23" },
  time: { hour: "2-digit", minute: "2-digit", hourCycle: "h23" },
  day: { weekday: "long", day: "numeric", month: "long" },
  dayMonth: { day: "numeric", month: "short" },
} satisfies Record<string, Intl.DateTimeFormatOptions>);

/** Building a formatter is slow, and every message shows dates: one is kept per form and zone. */
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(zone: string, kind: keyof typeof FORMATS): Intl.DateTimeFormat {
  const key = `${kind}|${zone}`;
  let found = formatters.get(key);
  if (!found) {
    found = new Intl.DateTimeFormat("en-GB", { ...FORMATS[kind], timeZone: zone });
    formatters.set(key, found);
  }
  return found;
}

/** "12 Mar 2024, 14:27" in the reader's zone; null when there is no date, or it does not parse. */
export function formatDateTime(iso: string | null, zone: string): string | null {
  if (!iso) return null;
  const at = Date.parse(iso);
  return Number.isNaN(at) ? null : formatter(zone, "dateTime").format(at);
}

/** "14:27" in the reader's zone. */
export function formatTime(at: number, zone: string): string {
  return formatter(zone, "time").format(at);
}

/** "12 Mar" in the reader's zone. */
export function formatDayMonth(at: number, zone: string): string {
  return formatter(zone, "dayMonth").format(at);
}

/** "Tuesday 12 March" in the reader's zone. */
export function formatDay(at: number, zone: string): string {
  return formatter(zone, "day").format(at);
}
