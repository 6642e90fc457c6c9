/**
 * What `make` gives for a key, worked out when first asked and kept for later asks, up to `bound` keys at once: past
 * it, all are dropped together, which costs nothing to track and suits lookups that a question makes of a few keys
 * and the next question makes again.
 */
export function keptUpTo<K, V>(bound: number): (key: K, make: () => V) => V {
  const kept = new Map<K, V>();
  return (key, make) => {
    let value = kept.get(key);
    if (value === undefined) {
      value = make();
      if (kept.size >= bound) kept.clear();
      kept.set(key, value);
    }
    return value;
  };
}
