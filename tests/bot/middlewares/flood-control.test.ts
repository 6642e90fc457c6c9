import { describe, expect, it } from "vitest";
import { createFloodControl } from "../../../src/bot/middlewares/flood-control.js";

describe("flood control", () => {
  it("answers 10 questions in 30 s, warns once at the 11th, then stays silent until the window passes", () => {
    let now = 1_000_000;
    const flood = createFloodControl({ limit: 10, windowMs: 30_000, now: () => now });
    const verdicts = [];
    for (let i = 0; i < 13; i++) {
      verdicts.push(flood.check(7));
      now += 1000;
    }
    expect(verdicts).toEqual([...Array(10).fill("allow"), "warn", "drop", "drop"]);
    expect(flood.check(8)).toBe("allow");
    now = 1_000_000 + 30_000;
    expect(flood.check(7)).toBe("allow");
    expect(flood.check(7)).toBe("warn");
  });
});
