import { describe, expect, it } from "vitest";
import { sortInSteps } from "../../src/search/sort-steps.js";
import { createRandom } from "../../src/bench/random.js";

/** Runs the steps, counting the pauses. */
function run<T>(steps: Generator<void, T, void>): { value: T; pauses: number } {
  let pauses = 0;
  for (;;) {
    const step = steps.next();
    if (step.done) return { value: step.value, pauses };
    pauses++;
  }
}

const SIZES = [0, 1, 2, 16_383, 16_384, 16_385, 50_001, 140_000];

describe("sorting in steps", () => {
  const random = createRandom(7);

  for (const n of SIZES)
    for (const [how, compare] of [["by a comparator", (a: number, b: number) => a - b], ["in their own order", null]] as const)
      it(`sorts ${n} doubles ${how} exactly as a native sort does`, () => {
        // Values as the typo table packs them: a 32-bit hash times 2^21 plus an id, some repeated.
        const values = Float64Array.from({ length: n }, () => random.int(0, 2 ** 32 - 1) * 2 ** 21 + random.int(0, 2 ** 21 - 1));
        for (let i = 0; i + 1 < n; i += 97) values[i + 1] = values[i]!;
        const expected = values.slice().sort();
        const { value } = run(sortInSteps(values, compare, 20));
        expect(value).toBe(values);
        expect(Array.from(value)).toEqual(Array.from(expected));
      });

  it("sorts ids by the words they stand for, as the affix table needs", () => {
    const words = Array.from({ length: 40_000 }, (_, i) => `w${(i * 7919) % 40_000}x${i % 13}`);
    const byWord = (a: number, b: number) => (words[a]! < words[b]! ? -1 : words[a]! > words[b]! ? 1 : 0);
    const ids = Int32Array.from(words, (_, i) => i);
    const expected = ids.slice().sort(byWord);
    expect(Array.from(run(sortInSteps(ids, byWord, 20)).value)).toEqual(Array.from(expected));
  });

  it("pauses whenever its time slice is spent, and not at all for a table sorted in one run", () => {
    const big = Float64Array.from({ length: 100_000 }, () => random.next());
    expect(run(sortInSteps(big, (a, b) => a - b, 0)).pauses).toBeGreaterThan(10);
    expect(run(sortInSteps(big.slice(), null, 0)).pauses).toBeGreaterThan(10);
    expect(run(sortInSteps(Float64Array.from([3, 1, 2]), (a, b) => a - b, Infinity)).pauses).toBe(0);
  });
});
