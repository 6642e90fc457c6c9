import { isTimezone } from "../time/is-timezone.js";
import type { SubscriberPatch } from "../core/subscribers.js";

/** The rules both stores apply to a subscriber's settings and follows, so that both refuse the same input. */

function checkMinutes(name: string, value: number): void {
  if (!Number.isInteger(value) || value < 0 || value > 1439) {
    throw new RangeError(`${name} must be whole minutes after midnight (0-1439), got ${value}`);
  }
}

/** Refuses values that would later break every fan-out (a zone Intl does not know, minutes out of the day). */
export function checkPatch(patch: SubscriberPatch): void {
  if (patch.timezone !== undefined && !isTimezone(patch.timezone)) {
    throw new RangeError(`unknown time zone "${patch.timezone}"`);
  }
  if (patch.digestMinutes !== undefined) checkMinutes("digestMinutes", patch.digestMinutes);
  if (patch.quiet) {
    checkMinutes("quiet.start", patch.quiet.start);
    checkMinutes("quiet.end", patch.quiet.end);
  }
}

/** A follow's words as kept: trimmed, spaces collapsed, so that the same words twice are one follow. */
export function followWords(query: string): string {
  const words = query.trim().replace(/\s+/g, " ");
  if (!words) throw new RangeError("a follow needs words");
  return words;
}
