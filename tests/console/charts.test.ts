import { describe, expect, it } from "vitest";
import { chartPoints, dayChart } from "../../src/console/charts.js";

const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 1000;

describe("charts per day", () => {
  it("spans two weeks up to today at least, a missing day 0, or for a running total the day before's", () => {
    const { x, values } = chartPoints({
      title: "t",
      today: "2026-12-01",
      series: [
        { label: "asked", byDay: new Map([["2026-11-29", 3], ["2026-12-01", 1]]), between: "zero" },
        { label: "readers", byDay: new Map([["2026-11-29", 5]]), between: "carry" },
      ],
    });
    expect(x).toHaveLength(14);
    expect(x[0]).toBe(day("2026-11-18"));
    expect(x.at(-1)).toBe(day("2026-12-01"));
    expect(values[0]!.slice(-3)).toEqual([3, 0, 1]);
    expect(values[1]!.slice(-4)).toEqual([0, 5, 5, 5]);
  });

  it("starts at the first value when it is older than two weeks", () => {
    const { x } = chartPoints({ title: "t", today: "2026-12-01", series: [{ label: "a", byDay: new Map([["2026-10-02", 1]]), between: "zero" }] });
    expect(x[0]).toBe(day("2026-10-02"));
    expect(x).toHaveLength(61);
  });

  it("writes its data so that no label can close the script block", () => {
    const block = dayChart({ title: "</script><script>alert(1)</script>", today: "2026-12-01", series: [] }).toString();
    expect(block).not.toContain("</script><script>");
    expect(block.match(/<\/script>/g)).toHaveLength(1);
  });
});
