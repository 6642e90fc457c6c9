import { offsetMinutes } from "./zoned-time.js";

/** "UTC+4", "+4", "GMT-5", "+05:30", "utc +3"; the sign may be a typographic minus. */
const OFFSET = /^(?:utc|gmt)?\s*([+\-−])\s*(\d{1,2})(?:[:.]?(\d{2}))?$/i;
const ZERO_OFFSET = /^(utc|gmt|z)$/i;
/** The widest offsets in use: UTC−12 and UTC+14. */
const MAX_WEST = 12 * 60;
const MAX_EAST = 14 * 60;
/** The region prefixes of IANA names, tried before a bare city name ("kolkata" → Asia/Kolkata, an alias). */
const REGIONS = ["Europe", "Asia", "America", "Africa", "Australia", "Pacific", "Atlantic", "Indian", "Antarctica"];

/** The canonical IANA name of a zone the reader typed in any case ("europe/berlin" gives "Europe/Berlin"); null if unknown. */
export function canonicalZone(text: string): string | null {
  const name = text.trim();
  if (!/^[A-Za-z][A-Za-z0-9_+\-/]{0,63}$/.test(name)) return null;
  try {
    return new Intl.DateTimeFormat("en-GB", { timeZone: name }).resolvedOptions().timeZone;
  } catch {
    return null;
  }
}

/** A city as readers write it: case, underscores, hyphens and extra spaces folded ("New_York", "new york"). */
const cityKey = (text: string): string => text.trim().toLowerCase().replace(/[\s_-]+/g, " ");

let citiesByName: Map<string, string> | null = null;

/** Every zone's city (the last part of its name) → the zone; built on first use, as Intl lists over 400 zones. */
function cities(): Map<string, string> {
  if (!citiesByName) {
    citiesByName = new Map();
    for (const zone of Intl.supportedValuesOf("timeZone")) {
      const city = zone.split("/").at(-1);
      if (city && zone.includes("/") && !citiesByName.has(cityKey(city))) citiesByName.set(cityKey(city), zone);
    }
  }
  return citiesByName;
}

/**
 * A whole-hour offset is an Etc zone (whose sign is POSIX's, the reverse of ISO's: Etc/GMT-4 is UTC+4). Other offsets
 * (+05:30) have none, so the first zone that keeps that offset at `at` stands for it.
 */
function zoneOfOffset(minutes: number, at: number): string | null {
  if (minutes < -MAX_WEST || minutes > MAX_EAST) return null;
  if (minutes === 0) return "UTC";
  if (minutes % 60 === 0) return `Etc/GMT${minutes > 0 ? "-" : "+"}${Math.abs(minutes) / 60}`;
  return Intl.supportedValuesOf("timeZone").find((zone) => offsetMinutes(at, zone) === minutes) ?? null;
}

/**
 * The zone a reader means: an IANA name in any case ("europe/berlin"), a city of any zone ("Baku", "new york"),
 * or an offset from UTC at the instant `at` ("UTC+4", "+4", "GMT-5", "+05:30"). Null when it is none of these.
 */
export function resolveZone(text: string, at: number): string | null {
  const typed = text.trim();
  if (ZERO_OFFSET.test(typed)) return "UTC";
  const offset = OFFSET.exec(typed);
  if (offset) {
    const minutes = Number(offset[2]) * 60 + Number(offset[3] ?? 0);
    if (Number(offset[3] ?? 0) >= 60) return null;
    return zoneOfOffset(offset[1] === "+" ? minutes : -minutes, at);
  }
  if (typed.includes("/")) return canonicalZone(typed);
  const city = cities().get(cityKey(typed));
  if (city) return canonicalZone(city);
  const underscored = typed.replace(/\s+/g, "_");
  for (const region of REGIONS) {
    const zone = canonicalZone(`${region}/${underscored}`);
    if (zone) return zone;
  }
  return null;
}

/** How a zone is shown to a reader: Etc/GMT-4 as "UTC+4" (its sign reads backwards), any other by its name. */
export function zoneLabel(zone: string): string {
  const etc = /^Etc\/GMT([+-])(\d{1,2})$/.exec(zone);
  if (!etc) return zone;
  return `UTC${etc[1] === "-" ? "+" : "-"}${etc[2]}`;
}
