import { randomBytes } from "node:crypto";
import { chmodSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

/** The generated key's file in DATA_DIR, readable by the bot's user alone. */
export const HASH_KEY_FILE = "question-hash.key";
const KEY_BYTES = 32;

/**
 * The secret of the chat ids' hashes: QUESTION_HASH_KEY when set, else a random key made once and kept in DATA_DIR
 * (mode 0600), so that a restart hashes a chat as before and its votes and languages stay together.
 */
export function loadHashKey(secret: string | null, dataDir: string): Buffer {
  if (secret !== null) return Buffer.from(secret, "utf8");
  const path = join(dataDir, HASH_KEY_FILE);
  try {
    const kept = Buffer.from(readFileSync(path, "utf8").trim(), "base64url");
    if (kept.length === KEY_BYTES) return kept;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
  }
  const key = randomBytes(KEY_BYTES);
  // The mode applies to a new file only; chmod also tightens a file left with wider rights (an unreadable key rewritten).
  writeFileSync(path, key.toString("base64url") + "\n", { mode: 0o600 });
  chmodSync(path, 0o600);
  return key;
}
