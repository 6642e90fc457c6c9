import { describe, expect, it } from "vitest";
import { formatDateTime, formatDay, formatDayMonth, formatTime } from "../../src/time/format-date.js";

/** 27 March 2023, 22:10 in Baku (+04:00): still the 27th in Berlin and New York. */
const AT = Date.parse("2023-03-27T18:10:00Z");

describe("dates shown to a reader", () => {
  it("show an article's time in the reader's zone, not the site's", () => {
    expect(formatDateTime("2023-03-27T22:10:00+04:00", "Asia/Baku")).toBe("27 Mar 2023, 22:10");
    expect(formatDateTime("2023-03-27T22:10:00+04:00", "Europe/Berlin")).toBe("27 Mar 2023, 20:10");
  });

  it("show nothing for a missing or unreadable date", () => {
    expect(formatDateTime(null, "Asia/Baku")).toBeNull();
    expect(formatDateTime("soon", "Asia/Baku")).toBeNull();
  });

  it("show a time, a day and a short date in the reader's zone", () => {
    expect(formatTime(AT, "Asia/Baku")).toBe("22:10");
    expect(formatTime(AT, "America/New_York")).toBe("14:10");
    expect(formatDay(AT, "Asia/Baku")).toBe("Monday 27 March");
    expect(formatDayMonth(AT, "Asia/Baku")).toBe("27 Mar");
    expect(formatDayMonth(AT + 4 * 3_600_000, "Asia/Baku")).toBe("28 Mar");
  });
});
