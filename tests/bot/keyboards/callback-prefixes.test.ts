import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const SRC = fileURLToPath(new URL("../../../src/", import.meta.url));

/** Every prefix given to defineCallbackData in the sources, with the file that gives it. */
function prefixes(): Array<{ prefix: string; file: string }> {
  const files = readdirSync(SRC, { recursive: true, encoding: "utf8" }).filter((file) => file.endsWith(".ts"));
  return files.flatMap((file) =>
    [...readFileSync(join(SRC, file), "utf8").matchAll(/defineCallbackData\("([^"]+)"/g)].map((match) => ({ prefix: match[1]!, file })),
  );
}

describe("callback data prefixes", () => {
  it("are each used by one kind of button only: a shared prefix sends one feature's presses to another", () => {
    const found = prefixes();
    expect(found.length).toBeGreaterThan(10);
    const shared = found.filter((a, i) => found.findIndex((b) => b.prefix === a.prefix) !== i);
    expect(shared).toEqual([]);
  });
});
