import { describe, expect, it } from "vitest";
import { canonicalZone, formatQuietHours, parseClockTime, parseQuietHours } from "../../../src/bot/subscriptions/clock-time.js";
import { formatClockTime } from "../../../src/time/zoned-time.js";

describe("times readers type", () => {
  it("reads a time of day in the usual ways, and nothing else", () => {
    expect(["08:00", "8:00", "8", "08", "19.30", "7h15", "23:59", "0:00"].map(parseClockTime)).toEqual([
      480, 480, 480, 480, 1170, 435, 1439, 0,
    ]);
    expect(["24:00", "12:60", "8:5", "noon", "", "-1", "8:00pm"].map(parseClockTime)).toEqual([null, null, null, null, null, null, null]);
    expect(formatClockTime(435)).toBe("07:15");
  });

  it("reads quiet hours, wrapping midnight or not, and off", () => {
    expect(parseQuietHours("23:00-07:00")).toEqual({ start: 1380, end: 420 });
    expect(parseQuietHours("23 - 7")).toEqual({ start: 1380, end: 420 });
    expect(parseQuietHours("13:00–14:30")).toEqual({ start: 780, end: 870 });
    expect(parseQuietHours("22:00 to 06:00")).toEqual({ start: 1320, end: 360 });
    expect(parseQuietHours("OFF")).toBe("off");
    expect(["07:00-07:00", "23:00", "night", "25-7"].map(parseQuietHours)).toEqual([null, null, null, null]);
    expect(formatQuietHours({ start: 1380, end: 420 })).toBe("23:00–07:00");
  });

  it("knows a zone by its IANA name, whatever its case, and refuses the rest", () => {
    expect(canonicalZone(" europe/berlin ")).toBe("Europe/Berlin");
    expect(canonicalZone("Asia/Baku")).toBe("Asia/Baku");
    expect(canonicalZone("utc")).toBe("UTC");
    expect(["Mars/Olympus", "", "Europe/Berlin; DROP TABLE", "<b>Asia/Baku</b>"].map(canonicalZone)).toEqual([null, null, null, null]);
  });
});
