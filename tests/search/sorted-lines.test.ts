import { describe, expect, it } from "vitest";
import { createSortedLines } from "../../src/search/sorted-lines.js";

const FILE = Buffer.from(
  [
    "  1 A licence header, as WordNet's files open with",
    "  2 another header line",
    "'hood n 1 0 1 0 08243184",
    ".22 n 1 0 1 0 04212192",
    "abandon v 5 3 @ ~ + 5 5 02232190 02228031",
    "abandoned a 2 2 & = 2 0 01315012 00084538",
    "spy n 2 1 @ 2 1 10661678 10661563",
    "spy_satellite n 1 0 1 0 04266986",
    "spying n 1 0 1 0 00638341",
  ].join("\n"),
  "latin1",
);

describe("sorted lines", () => {
  const lineOf = createSortedLines(FILE);

  it("finds every line by its first word, first and last included", () => {
    expect(lineOf("'hood")).toBe("'hood n 1 0 1 0 08243184");
    expect(lineOf("abandon")).toBe("abandon v 5 3 @ ~ + 5 5 02232190 02228031");
    expect(lineOf("spy")).toBe("spy n 2 1 @ 2 1 10661678 10661563");
    expect(lineOf("spy_satellite")).toBe("spy_satellite n 1 0 1 0 04266986");
    expect(lineOf("spying")).toBe("spying n 1 0 1 0 00638341");
  });

  it("tells a word from the words it begins (a prefix is not a match)", () => {
    expect(lineOf("aband")).toBeNull();
    expect(lineOf("spyi")).toBeNull();
    expect(lineOf("abandone")).toBeNull();
  });

  it("finds nothing outside the keys, in the header, or for words of other letters", () => {
    for (const word of ["", "aaa", "zzz", "1", "A", "another", "spy n", "şpy", "шпион"]) expect(lineOf(word)).toBeNull();
  });

  it("reads a file of only a header, or an empty one", () => {
    expect(createSortedLines(Buffer.from("  1 header\n"))("header")).toBeNull();
    expect(createSortedLines(Buffer.alloc(0))("spy")).toBeNull();
  });
});
