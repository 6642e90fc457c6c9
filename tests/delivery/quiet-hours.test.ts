import { describe, expect, it } from "vitest";
import { afterQuietHours } from "../../src/delivery/quiet-hours.js";

const at = (iso: string) => Date.parse(iso);
const NIGHT = { start: 23 * 60, end: 7 * 60 };

describe("quiet hours", () => {
  it("holds a push that falls after midnight in a 23:00-07:00 window until 07:00 the same morning", () => {
    // 00:30 in Berlin (summer time since 26 March).
    expect(afterQuietHours(at("2023-03-27T22:30:00Z"), "Europe/Berlin", NIGHT)).toBe(at("2023-03-28T05:00:00Z"));
  });

  it("holds a push that falls before midnight until 07:00 the next morning", () => {
    // 23:15 in Berlin.
    expect(afterQuietHours(at("2023-03-27T21:15:00Z"), "Europe/Berlin", NIGHT)).toBe(at("2023-03-28T05:00:00Z"));
  });

  it("lets a push outside the window go at once, the window's end included", () => {
    expect(afterQuietHours(at("2023-03-27T19:30:00Z"), "Europe/Berlin", NIGHT)).toBe(at("2023-03-27T19:30:00Z"));
    expect(afterQuietHours(at("2023-03-28T05:00:00Z"), "Europe/Berlin", NIGHT)).toBe(at("2023-03-28T05:00:00Z"));
  });

  it("reads the window in each reader's own zone", () => {
    const push = at("2023-03-28T03:00:00Z"); // 07:00 in Baku, 05:00 in Berlin, 23:00 in New York
    expect(afterQuietHours(push, "Asia/Baku", NIGHT)).toBe(push);
    expect(afterQuietHours(push, "Europe/Berlin", NIGHT)).toBe(at("2023-03-28T05:00:00Z"));
    expect(afterQuietHours(push, "America/New_York", NIGHT)).toBe(at("2023-03-28T11:00:00Z"));
  });

  it("handles a window inside one day, and none", () => {
    const lunch = { start: 13 * 60, end: 14 * 60 + 30 };
    expect(afterQuietHours(at("2023-03-28T09:10:00Z"), "Asia/Baku", lunch)).toBe(at("2023-03-28T10:30:00Z"));
    expect(afterQuietHours(at("2023-03-28T11:10:00Z"), "Asia/Baku", lunch)).toBe(at("2023-03-28T11:10:00Z"));
    expect(afterQuietHours(at("2023-03-28T09:10:00Z"), "Asia/Baku", null)).toBe(at("2023-03-28T09:10:00Z"));
  });
});
