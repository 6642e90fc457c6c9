import { describe, expect, test } from "vitest";
import { isoInZone } from "../../src/time/zoned-time.js";
import { normalizeFeedDate } from "../../src/sources/iso-time.js";

const foundAt = new Date("2023-03-28T08:00:00Z");

describe("feed dates", () => {
  test.each([
    ["Tue, 28 Mar 2023 10:05:00 +0400", "2023-03-28T10:05:00+04:00"],
    ["Tue, 28 Mar 2023 06:05:00 GMT", "2023-03-28T06:05:00+00:00"],
    ["Tue, 28 Mar 2023 02:05:00 EDT", "2023-03-28T02:05:00-04:00"],
    ["28 Mar 2023 06:05 UT", "2023-03-28T06:05:00+00:00"],
    ["2023-03-28T06:05:00Z", "2023-03-28T06:05:00+00:00"],
    ["2023-03-28T11:35:00.250+05:30", "2023-03-28T11:35:00+05:30"],
    ["2023-03-28 06:05:00", "2023-03-28T06:05:00+00:00"],
    ["Tue, 28 Mar 2023 06:05:00", "2023-03-28T06:05:00+00:00"],
    ["2023-03-27", "2023-03-27T00:00:00+00:00"],
  ])("%s is read as %s", (raw, iso) => {
    expect(normalizeFeedDate(raw, foundAt)).toBe(iso);
  });

  test("no date, a word, or a date well after it was found is none", () => {
    expect(normalizeFeedDate(undefined, foundAt)).toBeNull();
    expect(normalizeFeedDate("  ", foundAt)).toBeNull();
    expect(normalizeFeedDate("soon", foundAt)).toBeNull();
    expect(normalizeFeedDate("2031-01-01T00:00:00Z", foundAt)).toBeNull();
  });

  test("an instant in a zone carries that zone's offset at that moment", () => {
    expect(isoInZone(foundAt.getTime(), "Asia/Baku")).toBe("2023-03-28T12:00:00+04:00");
    expect(isoInZone(foundAt.getTime(), "Europe/Berlin")).toBe("2023-03-28T10:00:00+02:00");
    expect(isoInZone(Date.parse("2023-01-10T08:00:00Z"), "Europe/Berlin")).toBe("2023-01-10T09:00:00+01:00");
    expect(isoInZone(foundAt.getTime(), "America/St_Johns")).toBe("2023-03-28T05:30:00-02:30");
  });
});
