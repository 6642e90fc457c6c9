import { describe, expect, it } from "vitest";
import { canonicalZone, resolveZone, zoneLabel } from "../../src/time/zone-names.js";
import { zoneAtLocation } from "../../src/time/zone-of-location.js";

const AT = Date.UTC(2026, 0, 15, 12);
const resolve = (text: string) => resolveZone(text, AT);

describe("the zone a reader means", () => {
  it("knows a zone by its IANA name, whatever its case, and refuses the rest", () => {
    expect(canonicalZone(" europe/berlin ")).toBe("Europe/Berlin");
    expect(canonicalZone("Asia/Baku")).toBe("Asia/Baku");
    expect(canonicalZone("utc")).toBe("UTC");
    expect(["Mars/Olympus", "", "Europe/Berlin; DROP TABLE", "<b>Asia/Baku</b>"].map(canonicalZone)).toEqual([null, null, null, null]);
  });

  it("takes the city of any zone in any case, with spaces for underscores, and the old names of cities", () => {
    expect(["berlin", "Baku", "new york", "NEW_YORK", " los   angeles ", "port-au-prince", "europe/berlin"].map(resolve)).toEqual([
      "Europe/Berlin",
      "Asia/Baku",
      "America/New_York",
      "America/New_York",
      "America/Los_Angeles",
      "America/Port-au-Prince",
      "Europe/Berlin",
    ]);
    // Intl's list names some cities the old way (Calcutta, Kiev); the new names are aliases of the same zones.
    expect(resolve("kolkata")).toBe(canonicalZone("Asia/Kolkata"));
    expect(resolve("Kyiv")).toBe(canonicalZone("Europe/Kyiv"));
  });

  it("takes an offset from UTC in the usual spellings", () => {
    expect(["UTC+4", "+4", "utc +4", "GMT-5", "-05:00", "−5", "UTC", "gmt", "+0", "UTC+14", "UTC-12"].map(resolve)).toEqual([
      "Etc/GMT-4",
      "Etc/GMT-4",
      "Etc/GMT-4",
      "Etc/GMT+5",
      "Etc/GMT+5",
      "Etc/GMT+5",
      "UTC",
      "UTC",
      "UTC",
      "Etc/GMT-14",
      "Etc/GMT+12",
    ]);
    // No Etc zone has half hours: a zone that keeps the offset at that instant stands for it.
    const halfHour = resolve("+05:30");
    expect(halfHour).not.toBeNull();
    expect(new Intl.DateTimeFormat("en-GB", { timeZone: halfHour!, timeZoneName: "longOffset" }).format(AT)).toContain("GMT+05:30");
  });

  it("refuses what names no zone", () => {
    expect(["Mars", "", "UTC+15", "UTC-13", "+4:75", "4", "Europe/Atlantis", "<b>Baku</b>", "new york; drop"].map(resolve)).toEqual(
      [null, null, null, null, null, null, null, null, null],
    );
  });

  it("shows an Etc zone as the offset it stands for", () => {
    expect(["Etc/GMT-4", "Etc/GMT+5", "Asia/Baku", "UTC"].map(zoneLabel)).toEqual(["UTC+4", "UTC-5", "Asia/Baku", "UTC"]);
  });

  it("finds the zone of a shared location offline", () => {
    expect(zoneAtLocation(40.4093, 49.8671)).toBe("Asia/Baku");
    expect(zoneAtLocation(52.52, 13.405)).toBe("Europe/Berlin");
    expect(zoneAtLocation(40.7128, -74.006)).toBe("America/New_York");
    expect(zoneAtLocation(91, 0)).toBeNull();
  });
});
