import { describe, expect, it } from "vitest";
import { formatDuration } from "../../src/time/format-duration.js";

describe("durations for people", () => {
  it("reads tenths under 10 s, seconds under a minute, minutes and seconds, then hours and minutes", () => {
    expect([420, 9_960, 42_300, 59_700, 400_000, 3_599_700, 7_500_000, 7_199_000].map(formatDuration)).toEqual([
      "0.4 s",
      "10 s",
      "42 s",
      "1 min",
      "6 min 40 s",
      "1 h",
      "2 h 5 min",
      "2 h",
    ]);
  });
});
