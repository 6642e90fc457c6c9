import { createHmac } from "node:crypto";

/** Replaces a Telegram id by a keyed hash: the same id gives the same hash, and without the key no id can be found again. */
export type IdHasher = (id: number) => string;

export function createIdHasher(key: Buffer): IdHasher {
  // Hashes are cached: a busy chat asks many times, and the set of chats is bounded by the readers.
  const cache = new Map<number, string>();
  return (id) => {
    let hash = cache.get(id);
    if (hash === undefined) {
      hash = createHmac("sha256", key).update(String(id)).digest("base64url");
      if (cache.size < 100_000) cache.set(id, hash);
    }
    return hash;
  };
}
