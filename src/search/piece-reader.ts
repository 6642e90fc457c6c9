import { pieceCharTable } from "./tokenize.js";

/** A slot's value when its piece stands for no term (a stopword). */
const NO_TERM = -1;
/** A slot's value, at most this, when its piece stands for several terms ("Iraq,Syria"), kept aside: SEVERAL - their key. */
const SEVERAL = -2;
/** Each slot: the piece's two hashes, its length (0: an empty slot) and its value, side by side in one Int32Array. */
const STRIDE = 4;
/** Past this many distinct pieces, new ones are resolved each time rather than remembered. */
const MAX_PIECES = 4_000_000;

/**
 * Reads a text's pieces (as `splitWords` cuts them) and hands each one's term ids to `visit`,
 * without making a string per word. A piece is hashed twice as it is scanned and found in an
 * open-addressing table of plain integers; only a piece never seen before becomes a string, for
 * `resolve`. Indexing a large corpus is mostly this loop, and a Map of fresh strings made it
 * several times slower. Two pieces are taken for one when both 32-bit hashes and the length agree:
 * among the few hundred thousand distinct pieces of a corpus, that is a one-in-a-billion chance.
 * A slot holds its piece whole, so a lookup reads one place in memory: with the slots pointing into a
 * list of pieces, each word read two, and at 10,000 pages the table outgrows the processor's cache.
 */
export function createPieceReader(resolve: (piece: string) => readonly number[], options: { initialSlots?: number } = {}) {
  const isPieceChar = pieceCharTable();
  let mask = (options.initialSlots ?? 1 << 18) - 1;
  let slots = new Int32Array((mask + 1) * STRIDE);
  let count = 0;
  const several: Array<readonly number[]> = [];

  const grow = () => {
    const old = slots;
    mask = mask * 2 + 1;
    slots = new Int32Array((mask + 1) * STRIDE);
    for (let at = 0; at < old.length; at += STRIDE) {
      if (old[at + 2] === 0) continue;
      let slot = old[at]! & mask;
      while (slots[slot * STRIDE + 2] !== 0) slot = (slot + 1) & mask;
      slots.set(old.subarray(at, at + STRIDE), slot * STRIDE);
    }
  };

  const remember = (slot: number, first: number, second: number, length: number, ids: readonly number[]) => {
    if (count >= MAX_PIECES) return;
    const at = slot * STRIDE;
    slots[at] = first;
    slots[at + 1] = second;
    slots[at + 2] = length;
    slots[at + 3] = ids.length === 1 ? ids[0]! : ids.length === 0 ? NO_TERM : SEVERAL - (several.push(ids) - 1);
    if (++count * 2 > mask) grow();
  };

  /** Visits each term id of `text` in order; returns how many it visited. */
  return function forEachTermId(text: string, visit: (termId: number) => void): number {
    let visits = 0;
    let start = -1;
    let first = 0;
    let second = 0;
    for (let i = 0; i <= text.length; i++) {
      const code = i < text.length ? text.charCodeAt(i) : 0;
      if (isPieceChar[code] === 1) {
        if (start < 0) {
          start = i;
          first = 0x811c9dc5 | 0;
          second = 0x9747b28c | 0;
        }
        first = Math.imul(first ^ code, 0x01000193);
        second = Math.imul(second + code, 0x5bd1e995) ^ (second >>> 15);
        continue;
      }
      if (start < 0) continue;
      const length = i - start;
      let slot = first & mask;
      let at = slot * STRIDE;
      let held = slots[at + 2]!;
      while (held !== 0 && (held !== length || slots[at] !== first || slots[at + 1] !== second)) {
        slot = (slot + 1) & mask;
        at = slot * STRIDE;
        held = slots[at + 2]!;
      }
      if (held !== 0) {
        const value = slots[at + 3]!;
        if (value >= 0) {
          visit(value);
          visits++;
        } else if (value <= SEVERAL)
          for (const id of several[SEVERAL - value]!) {
            visit(id);
            visits++;
          }
      } else {
        const ids = resolve(text.slice(start, i));
        for (const id of ids) visit(id);
        visits += ids.length;
        remember(slot, first, second, length, ids);
      }
      start = -1;
    }
    return visits;
  };
}
