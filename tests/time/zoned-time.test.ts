import { describe, expect, it } from "vitest";
import { zonedTime } from "../../src/time/zoned-time.js";

const at = (iso: string) => Date.parse(iso);

describe("local wall time to an instant", () => {
  it("follows the zone's daylight saving time", () => {
    expect(zonedTime({ year: 2023, month: 3, day: 25 }, 8 * 60, "Europe/Berlin")).toBe(at("2023-03-25T07:00:00Z"));
    expect(zonedTime({ year: 2023, month: 3, day: 26 }, 8 * 60, "Europe/Berlin")).toBe(at("2023-03-26T06:00:00Z"));
  });

  it("moves a time skipped in spring past the jump, and takes the first of a time shown twice in autumn", () => {
    expect(zonedTime({ year: 2023, month: 3, day: 26 }, 2 * 60 + 30, "Europe/Berlin")).toBe(at("2023-03-26T01:30:00Z"));
    expect(zonedTime({ year: 2023, month: 10, day: 29 }, 2 * 60 + 30, "Europe/Berlin")).toBe(at("2023-10-29T00:30:00Z"));
  });
});
