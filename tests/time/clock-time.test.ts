import { describe, expect, it } from "vitest";
import { formatQuietHours, parseClockTime, parseQuietHours } from "../../src/time/clock-time.js";
import { formatClockTime } from "../../src/time/zoned-time.js";

describe("times readers type", () => {
  it("reads a time of day in the usual ways, 12-hour clocks included, and nothing else", () => {
    expect(["08:00", "8:00", "8", "08", "19", "19.30", "7h15", "23:59", "0:00"].map(parseClockTime)).toEqual([
      480, 480, 480, 480, 1140, 1170, 435, 1439, 0,
    ]);
    expect(["7pm", "7 PM", "7:30pm", "7.30 p.m.", "12am", "12pm", "12:15 am", "1am"].map(parseClockTime)).toEqual([
      1140, 1140, 1170, 1170, 0, 720, 15, 60,
    ]);
    expect(["24:00", "12:60", "8:5", "noon", "", "-1", "13pm", "0am", "19:30pm", "7 pmx"].map(parseClockTime)).toEqual([
      null, null, null, null, null, null, null, null, null, null,
    ]);
    expect(formatClockTime(435)).toBe("07:15");
  });

  it("reads quiet hours, wrapping midnight or not, and off", () => {
    const window = (start: number, end: number) => ({ kind: "window", quiet: { start, end } });
    expect(parseQuietHours("23:00-07:00")).toEqual(window(1380, 420));
    expect(parseQuietHours("23 - 7")).toEqual(window(1380, 420));
    expect(parseQuietHours("13:00–14:30")).toEqual(window(780, 870));
    expect(parseQuietHours("22:00 to 06:00")).toEqual(window(1320, 360));
    expect(parseQuietHours("11pm-7am")).toEqual(window(1380, 420));
    expect(parseQuietHours("OFF")).toEqual({ kind: "off" });
    expect(formatQuietHours({ start: 1380, end: 420 })).toBe("23:00–07:00");
  });

  it("names the mistake in quiet hours it cannot read", () => {
    const mistake = (text: string) => {
      const parsed = parseQuietHours(text);
      return parsed.kind === "mistake" ? parsed.mistake : null;
    };
    expect(mistake("07:00-07:00")).toEqual({ kind: "same", minutes: 420 });
    expect(mistake("7am-07:00")).toEqual({ kind: "same", minutes: 420 });
    expect(mistake("23:00")).toEqual({ kind: "oneTime" });
    expect(mistake("25-7")).toEqual({ kind: "badTime", text: "25" });
    expect(mistake("23:00-7:75")).toEqual({ kind: "badTime", text: "7:75" });
    expect(mistake("night")).toEqual({ kind: "badTime", text: "night" });
  });
});
