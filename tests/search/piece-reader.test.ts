import { describe, expect, it } from "vitest";
import { createPieceReader } from "../../src/search/piece-reader.js";
import { createTermFolder, splitWords, termsOfPiece } from "../../src/search/tokenize.js";

/** A reader over English terms, numbering them as met, and how many pieces it had to resolve. */
function englishReader(initialSlots?: number) {
  const fold = createTermFolder("en");
  const ids = new Map<string, number>();
  const idOf = (term: string) => ids.get(term) ?? (ids.set(term, ids.size), ids.size - 1);
  let resolved = 0;
  const read = createPieceReader((piece) => {
    resolved++;
    return termsOfPiece(piece, fold).map(idOf);
  }, { initialSlots });
  const termsOf = (text: string) => {
    const seen: number[] = [];
    const visits = read(text, (id) => seen.push(id));
    expect(visits).toBe(seen.length);
    const names = [...ids.keys()];
    return seen.map((id) => names[id]);
  };
  return { termsOf, resolved: () => resolved };
}

/** The terms of a text as the tokenizer's own split gives them. */
const expected = (text: string) => {
  const fold = createTermFolder("en");
  return splitWords(text).flatMap((piece) => termsOfPiece(piece, fold));
};

describe("the piece reader", () => {
  it("gives a text's terms in order, as splitting and folding it does: stopwords none, a listed pair both", () => {
    const { termsOf } = englishReader();
    const text = "The Zangezur corridor, Iran’s worry: trade with Iraq,Syria and the 6,000 trucks of the Caspian.";
    expect(termsOf(text)).toEqual(expected(text));
    expect(termsOf(text)).toContain("syria");
    expect(termsOf("the and of")).toEqual([]);
  });

  it("resolves each distinct piece once, and reads it again from its table", () => {
    const { termsOf, resolved } = englishReader();
    const text = "Baku port cargo, Baku port trucks, cargo and trucks in Baku";
    const first = termsOf(text);
    const afterFirst = resolved();
    expect(afterFirst).toBe(new Set(splitWords(text).filter(Boolean)).size);
    expect(termsOf(text)).toEqual(first);
    expect(resolved()).toBe(afterFirst);
  });

  it("keeps every piece apart when its table grows many times over", () => {
    const { termsOf, resolved } = englishReader(4);
    const words = Array.from({ length: 3000 }, (_, i) => `word${i.toString(36)}x`);
    const text = words.join(" ");
    expect(termsOf(text)).toEqual(expected(text));
    expect(termsOf(words.slice().reverse().join(" "))).toEqual(expected(text).reverse());
    expect(resolved()).toBe(3000);
  });
});
