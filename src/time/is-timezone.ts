/** Whether Intl knows the zone (an IANA name such as Europe/Berlin): the config's SITE_TIMEZONE and a reader's zone alike. */
export function isTimezone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat("en-GB", { timeZone: zone });
    return zone.length > 0;
  } catch {
    return false;
  }
}
