import { readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { HASH_KEY_FILE, loadHashKey } from "../../src/questions/hash-key.js";
import { createIdHasher } from "../../src/questions/id-hasher.js";
import { tempDir } from "../support/temp-dirs.js";

describe("the chat ids' keyed hash", () => {
  it("generates a random key once in DATA_DIR, readable by the bot's user alone, and reads it back after a restart", () => {
    const dir = tempDir("hash-key");
    const key = loadHashKey(null, dir);
    expect(key).toHaveLength(32);
    expect(statSync(join(dir, HASH_KEY_FILE)).mode & 0o777).toBe(0o600);
    expect(loadHashKey(null, dir).equals(key)).toBe(true);
    expect(loadHashKey(null, tempDir("hash-key")).equals(key)).toBe(false);
  });

  it("uses QUESTION_HASH_KEY when set, and writes no file", () => {
    const dir = tempDir("hash-key");
    expect(loadHashKey("a secret of our own", dir).toString()).toBe("a secret of our own");
    expect(() => readFileSync(join(dir, HASH_KEY_FILE))).toThrow(/ENOENT/);
  });

  it("gives the same hash for the same id and key, another for another key, and never the id", () => {
    const hash = createIdHasher(() => Buffer.from("key one, long enough"));
    expect(hash(1001)).toBe(hash(1001));
    expect(hash(1001)).not.toBe(hash(1002));
    expect(hash(1001)).not.toBe(createIdHasher(() => Buffer.from("key two, long enough"))(1001));
    expect(hash(1001)).not.toContain("1001");
  });
});
