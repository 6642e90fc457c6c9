import { describe, expect, it } from "vitest";
import { keptUpTo } from "../../src/search/kept.js";

describe("kept up to a bound", () => {
  it("makes a key's value once and gives the same back, until the bound is passed and all are dropped", () => {
    const kept = keptUpTo<string, { n: number }>(2);
    let made = 0;
    const make = () => ({ n: ++made });
    const a = kept("a", make);
    expect(kept("a", make)).toBe(a);
    kept("b", make);
    expect(made).toBe(2);
    kept("c", make);
    expect(made).toBe(3);
    expect(kept("a", make)).not.toBe(a);
    expect(made).toBe(4);
  });
});
