import { MONTHS } from "../corpus/defaults.js";

/** "2023-03-27T22:10:00+04:00" → "27 March 2023 - 22:10", the site's own form, in the time's own zone. */
export function siteDate(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(iso);
  if (!match) return iso;
  const month = MONTHS[Number(match[2]) - 1] ?? "";
  return `${Number(match[3])} ${month.charAt(0).toUpperCase()}${month.slice(1)} ${match[1]} - ${match[4]}:${match[5]}`;
}
