import { stemmer } from "stemmer";
import { STOPWORDS } from "./stopwords.js";

/** A word of a text: its index term, and where it stands in the text (for highlighting). */
export interface Token {
  term: string;
  start: number;
  end: number;
}

/** Letters and digits, with inner apostrophes (Shi’a, Iran’s) and thousands separators (6,000). */
const WORD = /[\p{L}\p{N}]+(?:['’ʼ‘][\p{L}\p{N}]+)*(?:,\d{3})*/gu;

/**
 * British and American spellings folded to one form, applied alike to the corpus and to questions,
 * so "defense" finds "defence" and "organized" finds "organised".
 */
const SPELLING_FOLDS: ReadonlyArray<[RegExp, string]> = [
  [/ence$/, "ense"],
  [/(?<=\w{3})is(e|es|ed|ing|ation|ations)$/, "iz$1"],
  [/(?<=\w{3})our(s|ed|ing|ite|ites)?$/, "or$1"],
  [/(?<=\w{3})([^aeiou])re(s)?$/, "$1er$2"],
  [/ae/, "e"],
  [/oe(?=\w)/, "e"],
];

/** Reduces a word to its index term: case, accents, apostrophes, spelling variants and inflection folded. */
export function createTermFolder(): (word: string) => string {
  const cache = new Map<string, string>();
  return (word) => {
    let term = cache.get(word);
    if (term === undefined) {
      let folded = word
        .normalize("NFKD")
        .replace(/\p{M}/gu, "")
        .toLowerCase()
        .replace(/['’ʼ‘]s$/, "")
        .replace(/['’ʼ‘,]/g, "");
      if (!/\d/.test(folded)) for (const [pattern, replacement] of SPELLING_FOLDS) folded = folded.replace(pattern, replacement);
      term = /^[a-z]+$/.test(folded) && folded.length > 3 ? stemmer(folded) : folded;
      // The cache is bounded so that hostile input cannot grow it without end.
      if (cache.size < 500_000) cache.set(word, term);
    }
    return term;
  };
}

export function isStopword(word: string): boolean {
  return STOPWORDS.has(word.toLowerCase().replace(/['’ʼ‘]/g, "'"));
}

/**
 * The content words of a text with their positions. Stopwords are dropped, and so are words split
 * on hyphens' far side: "Russia-Iran" gives both "russia" and "iran".
 */
export function tokenize(text: string, fold: (word: string) => string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(WORD)) {
    const word = match[0];
    if (isStopword(word)) continue;
    const term = fold(word);
    if (term) tokens.push({ term, start: match.index, end: match.index + word.length });
  }
  return tokens;
}
