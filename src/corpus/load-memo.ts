/**
 * Memos for the pure text functions a corpus load calls again and again: each page repeats the site's
 * latest headlines, so 50,000 headlines arrive as about 450,000 list entries, and their titles and dates
 * would be normalized, hashed and parsed each time. A load clears them when it ends (clearLoadMemos), so
 * they hold one load's texts at most; a bound keeps a caller outside a load from growing them without end.
 */
const MAX_ENTRIES = 200_000;
/** A longer text (a paragraph) is not remembered: each is met once, and holding them would double a load's memory. */
const MAX_KEY_LENGTH = 300;
const memos: Map<string, unknown>[] = [];

export function memoizeText<T>(compute: (key: string) => T): (key: string) => T {
  const memo = new Map<string, T>();
  memos.push(memo as Map<string, unknown>);
  return (key) => {
    if (key.length > MAX_KEY_LENGTH) return compute(key);
    const known = memo.get(key);
    if (known !== undefined || memo.has(key)) return known as T;
    const value = compute(key);
    if (memo.size < MAX_ENTRIES) memo.set(key, value);
    return value;
  };
}

/** Forgets every memoized text: called once a load has ended. */
export function clearLoadMemos(): void {
  for (const memo of memos) memo.clear();
}

/** How many texts the memos hold now (for tests and profiles). */
export function loadMemoSize(): number {
  return memos.reduce((total, memo) => total + memo.size, 0);
}
