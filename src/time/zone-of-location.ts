import tzLookup from "@photostructure/tz-lookup";
import { canonicalZone } from "./zone-names.js";

/**
 * The zone at a point on Earth (a location a reader shared). @photostructure/tz-lookup is a maintained fork of
 * tz-lookup: its map of the zones' borders ships inside the package (about 75 KB), so nothing is downloaded at run
 * time. Null for coordinates off the globe.
 */
export function zoneAtLocation(latitude: number, longitude: number): string | null {
  try {
    return canonicalZone(tzLookup(latitude, longitude));
  } catch {
    return null;
  }
}
