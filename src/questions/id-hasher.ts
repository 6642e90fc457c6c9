import { createHmac } from "node:crypto";

/** Replaces a Telegram id by a keyed hash: the same id gives the same hash, and without the key no id can be found again. */
export type IdHasher = (id: number) => string;

/**
 * `loadKey` runs at the first hash, not at start: a start that fails leaves no key file behind in a new DATA_DIR,
 * as it leaves no database.
 */
export function createIdHasher(loadKey: () => Buffer): IdHasher {
  let key: Buffer | null = null;
  // Hashes are cached: a busy chat asks many times, and the set of chats is bounded by the readers.
  const cache = new Map<number, string>();
  return (id) => {
    let hash = cache.get(id);
    if (hash === undefined) {
      key ??= loadKey();
      hash = createHmac("sha256", key).update(String(id)).digest("base64url");
      if (cache.size < 100_000) cache.set(id, hash);
    }
    return hash;
  };
}
