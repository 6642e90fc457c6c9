import { pieceCharTable } from "./tokenize.js";

const EMPTY = -1;
/** An entry's value when its piece stands for several terms ("Iraq,Syria"), kept aside. */
const SEVERAL = -2;
/** An entry's value when its piece stands for no term (a stopword). */
const NO_TERM = -3;
/** Each entry: two hashes, the length and the term id, side by side in one Int32Array. */
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
 */
export function createPieceReader(resolve: (piece: string) => readonly number[], options: { initialSlots?: number } = {}) {
  const isPieceChar = pieceCharTable();
  let mask = (options.initialSlots ?? 1 << 18) - 1;
  let slots = new Int32Array(mask + 1).fill(EMPTY);
  let entries = new Int32Array(STRIDE * 1024);
  let count = 0;
  const several = new Map<number, readonly number[]>();

  const grow = () => {
    mask = mask * 2 + 1;
    slots = new Int32Array(mask + 1).fill(EMPTY);
    for (let entry = 0; entry < count; entry++) {
      let slot = entries[entry * STRIDE]! & mask;
      while (slots[slot] !== EMPTY) slot = (slot + 1) & mask;
      slots[slot] = entry;
    }
  };

  const remember = (slot: number, first: number, second: number, length: number, ids: readonly number[]) => {
    if (count >= MAX_PIECES) return;
    if ((count + 1) * STRIDE > entries.length) {
      const grown = new Int32Array(entries.length * 2);
      grown.set(entries);
      entries = grown;
    }
    const at = count * STRIDE;
    entries[at] = first;
    entries[at + 1] = second;
    entries[at + 2] = length;
    entries[at + 3] = ids.length === 1 ? ids[0]! : ids.length === 0 ? NO_TERM : SEVERAL;
    if (ids.length > 1) several.set(count, ids);
    slots[slot] = count++;
    if (count * 2 > mask) grow();
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
      let value = EMPTY;
      for (;;) {
        const entry = slots[slot]!;
        if (entry === EMPTY) break;
        const at = entry * STRIDE;
        if (entries[at] === first && entries[at + 1] === second && entries[at + 2] === length) {
          value = entries[at + 3]!;
          if (value === SEVERAL)
            for (const id of several.get(entry)!) {
              visit(id);
              visits++;
            }
          break;
        }
        slot = (slot + 1) & mask;
      }
      if (value >= 0) {
        visit(value);
        visits++;
      } else if (value === EMPTY) {
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
