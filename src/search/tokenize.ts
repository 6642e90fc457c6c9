import { stemmer } from "stemmer";
import type { LanguageCode } from "../corpus/types.js";
import { STOPWORDS } from "./stopwords.js";
import { foldRussian } from "./languages/russian.js";
import { isAzerbaijaniStopword, stemAzerbaijani } from "./languages/azerbaijani.js";

/**
 * The version of the text analysis (tokenizing, folding, stemming) and of the index's layout. A saved
 * index (src/saved-index/) built under another version is rebuilt, never read: bump this with every
 * change that makes a text give other terms (a new fold, a stemmer, another language) or changes the index.
 */
export const ANALYSIS_VERSION = 4;

/** A word of a text: its index term, and where it stands in the text (for highlighting). */
export interface Token {
  term: string;
  start: number;
  end: number;
}

/**
 * A word character: ASCII letters and digits, and the letters of other scripts; not punctuation,
 * symbols or emoji. Written as code-unit ranges: Unicode property escapes match several times
 * slower, and the index reads millions of words.
 */
const W = "A-Za-z0-9\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u02FF\\u0370-\\u1FFF\\u2C00-\\u2DFF\\u3040-\\uD7FF\\uF900-\\uFDFF\\uFE70-\\uFEFF\\uFF10-\\uFFDC";
/** Letters and digits, with inner apostrophes (Shi’a, Iran’s) and thousands separators (6,000). */
const WORD = new RegExp(`[${W}]+(?:['’ʼ‘][${W}]+)*(?:,\\d{3})*`, "g");
const NOT_WORD = new RegExp(`[^${W}'’ʼ‘,]+`);
export const EDGE_PUNCTUATION = /^['’ʼ‘,]+|['’ʼ‘,]+$/g;

/**
 * British and American spellings folded to one form, applied alike to the corpus and to questions,
 * so "defense" finds "defence" and "organized" finds "organised".
 */
const SPELLING_FOLDS: ReadonlyArray<[RegExp, string]> = [
  [/(?<=\w{3})is(e|es|ed|ing|ation|ations)$/, "iz$1"],
  [/(?<=\w{3})our(s|ed|ing|ite|ites)?$/, "or$1"],
  [/(?<=\w{3})([^aeiou])re(s)?$/, "$1er$2"],
  [/ae/, "e"],
  [/oe(?=\w)/, "e"],
];

/** A word's index term in one language; "" for a stopword. */
export type TermFolder = (word: string) => string;

const CYRILLIC = /[\u0400-\u04FF]/;

/**
 * Reduces a word to its index term for a page's (or a question's) language: case, accents,
 * apostrophes, spelling variants and inflection folded; "" for a stopword. A word in Cyrillic is
 * Russian whatever the page, a Latin word of an Azerbaijani page Azerbaijani, any other English.
 * Each distinct word is folded once: a corpus repeats its words.
 */
export function createTermFolder(language: LanguageCode = "en"): TermFolder {
  const latin = language === "az" ? foldAzerbaijani : foldEnglish;
  const cache = new Map<string, string>();
  return (word) => {
    let term = cache.get(word);
    if (term === undefined) {
      term = CYRILLIC.test(word) ? foldRussian(word) : latin(word);
      // The cache is bounded so that hostile input cannot grow it without end.
      if (cache.size < 500_000) cache.set(word, term);
    }
    return term;
  };
}

/** One folder per language, made when first asked for and shared by the index and the questions. */
export function createFolders(): (language: LanguageCode) => TermFolder {
  const folders = new Map<LanguageCode, TermFolder>();
  return (language) => {
    let folder = folders.get(language);
    if (!folder) folders.set(language, (folder = createTermFolder(language)));
    return folder;
  };
}

const foldEnglish = (word: string): string => (isStopword(word) ? "" : foldWord(word));

/** An Azerbaijani word: its stopwords and endings read in its own letters, then the letters folded as English spells them. */
const foldAzerbaijani = (word: string): string => (isAzerbaijaniStopword(word) ? "" : foldLetters(stemAzerbaijani(word)));

/**
 * Letters of the Azerbaijani (and Turkish) Latin alphabet that accents removal does not fold, as English
 * spellings write them: Zəngəzur is Zangezur, Şuşa is Shusha.
 */
const LATIN_LETTER_FOLDS: ReadonlyArray<[RegExp, string]> = [
  [/[əƏ]/g, "a"],
  [/ı/g, "i"],
  [/[şŞ]/g, "sh"],
  [/[çÇ]/g, "ch"],
  [/[ğĞ]/g, "g"],
  [/[öÖ]/g, "o"],
  [/[üÜ]/g, "u"],
  // Dotted capital İ lower-cases to i, not to i with a combining dot.
  [/İ/g, "i"],
];

/** Azerbaijani (and Turkish) letters as English spells them, accents and apostrophes off, in lower case. */
function foldLetters(word: string): string {
  let latin = word;
  for (const [pattern, replacement] of LATIN_LETTER_FOLDS) latin = latin.replace(pattern, replacement);
  return latin
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/['’ʼ‘,]/g, "");
}

function foldWord(word: string): string {
  let folded = foldLetters(word.replace(/['’ʼ‘][sS]$/, ""));
  if (!/\d/.test(folded)) for (const [pattern, replacement] of SPELLING_FOLDS) folded = folded.replace(pattern, replacement);
  if (!/^[a-z]+$/.test(folded) || folded.length < 3) return folded;
  // The -ence/-ense fold is made on the stem, after Porter has taken off the endings it knows: folded on
  // the word, "resistence" (a typo) became "resistens", three letters from "resistance"'s "resist".
  const stem = stemmer(folded).replace(/nc$/, "ns");
  // Porter writes a final y as i ("unity" → "uniti"), which would read as a people's ending ("unit" + "i", like Azerbaijan-i).
  return stem.endsWith("i") && /(y|ies|ied)$/.test(folded) ? `${stem.slice(0, -1)}y` : stem;
}

function isStopword(word: string): boolean {
  return STOPWORDS.has(word.toLowerCase().replace(/['’ʼ‘]/g, "'"));
}

/**
 * The content words of a text with their positions. Stopwords are dropped; a hyphen parts words,
 * so "Russia-Iran" gives both "russia" and "iran".
 */
export function tokenize(text: string, fold: (word: string) => string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(WORD)) {
    const word = match[0];
    const term = fold(word);
    if (term) tokens.push({ term, start: match.index, end: match.index + word.length });
  }
  return tokens;
}

/**
 * The content terms of one piece of text between separators (see `splitWords`): usually one word,
 * none for a stopword, several for "Iraq,Syria".
 */
export function termsOfPiece(piece: string, fold: (word: string) => string): string[] {
  const word = piece.replace(EDGE_PUNCTUATION, "");
  if (!word) return [];
  const parts = word.includes(",") && !/^\d{1,3}(,\d{3})+$/.test(word) ? word.split(",") : [word];
  const terms: string[] = [];
  for (const part of parts) {
    const term = part && fold(part);
    if (term) terms.push(term);
  }
  return terms;
}

/** Splits a text into pieces that `termsOfPiece` reads; agrees with `tokenize` word for word. */
export function splitWords(text: string): string[] {
  return text.split(NOT_WORD);
}

let charTable: Uint8Array | null = null;

/**
 * For each UTF-16 code unit, 1 when it belongs to a piece that `splitWords` keeps. Computed once per
 * process and shared (readers never write to it): its 65,536 regex tests took about 5 ms, which every
 * index paid, and a follow matched against each new item built one index per item.
 */
export function pieceCharTable(): Uint8Array {
  if (!charTable) {
    charTable = new Uint8Array(65536);
    const single = new RegExp(`^[${W}'’ʼ‘,]$`);
    for (let code = 0; code < 65536; code++) if (single.test(String.fromCharCode(code))) charTable[code] = 1;
  }
  return charTable;
}
