import { createSliceBudget, type BuildSteps } from "./build-steps.js";

type NumberTable = Float64Array | Int32Array;

/** Elements sorted at once before the runs are merged: a few milliseconds of work. */
const RUN = 16_384;
/** Elements merged between two checks of the time budget. */
const CHECK_EVERY = 4_096;

/**
 * Sorts a table in place, in steps that each hold the event loop about `sliceMs` at most: runs sorted
 * natively, then merged pairwise, pausing mid-merge when the slice is spent. Sorting a merged vocabulary's
 * typo table (half a million entries) at once held the event loop 150 to 860 ms. `compare` must be a total
 * order (values it finds equal are the same number), so the result is exactly what `table.sort(compare)` gives.
 * Without `compare` the order is the numbers' own, compared in place: a comparator called with doubles boxes
 * each of them, which for a typo table of half a million entries made some 170 MB of garbage a sort.
 */
export function* sortInSteps<T extends NumberTable>(table: T, compare: ((a: number, b: number) => number) | null, sliceMs: number): BuildSteps<T> {
  const sliceOver = createSliceBudget(sliceMs);
  const n = table.length;
  for (let start = 0; start < n; start += RUN) {
    const run = table.subarray(start, Math.min(n, start + RUN));
    if (compare) run.sort(compare);
    else run.sort();
    if (sliceOver()) yield;
  }
  if (n <= RUN) return table;
  let from: NumberTable = table;
  let to: NumberTable = table instanceof Float64Array ? new Float64Array(n) : new Int32Array(n);
  for (let width = RUN; width < n; width *= 2) {
    for (let low = 0; low < n; low += 2 * width) {
      const middle = Math.min(n, low + width);
      const high = Math.min(n, low + 2 * width);
      let left = low;
      let right = middle;
      for (let at = low; at < high; at++) {
        if ((at & (CHECK_EVERY - 1)) === 0 && sliceOver()) yield;
        const takeLeft = right >= high || (left < middle && (compare ? compare(from[left]!, from[right]!) < 0 : from[left]! < from[right]!));
        to[at] = takeLeft ? from[left++]! : from[right++]!;
      }
    }
    [from, to] = [to, from];
  }
  if (from !== table) table.set(from);
  return table;
}
