import { describe, expect, it } from "vitest";
import { fileURLToPath } from "node:url";
import { runScript } from "../cli/helpers/run-script.js";

const SEARCH_ONCE = fileURLToPath(new URL("./fixtures/search-once.ts", import.meta.url));

/** A normal search needs under 32 MB of heap; a search that blows up runs out instead of hanging the suite. */
const HEAP_MB = 48;

const searchInChild = (question: string) =>
  runScript(SEARCH_ONCE, [], { input: question, nodeOptions: [`--max-old-space-size=${HEAP_MB}`] });

/** Letters only, no spaces, the same on every run: what a cat on the keyboard or a pasted token sends. */
function oneLongWord(length: number): string {
  let seed = 1;
  let word = "";
  while (word.length < length) {
    seed = (seed * 16807) % 2147483647;
    word += "abcdefghijklmnopqrstuvwxyz"[seed % 26];
  }
  return word;
}

describe("a question that is one very long word", () => {
  it("is answered in a child process with a small heap when it is an ordinary question", async () => {
    const { code, stdout } = await searchInChild("zangezor coridor");
    expect(code).toBe(0);
    expect(JSON.parse(stdout)[0]).toMatchObject({ section: "Mounting tensions" });
  });

  // Bug: the typo search files every two-letter deletion of a query word of 8+ letters, so a
  // 5,000-letter word makes 25 million strings of 5,000 characters: the search runs for minutes,
  // then the process dies out of memory.
  it("gets no answer, without exhausting memory", async () => {
    const { code, stdout, stderr } = await searchInChild(oneLongWord(5000));
    expect(stderr).not.toContain("heap out of memory");
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual([]);
  });
});
