import { data } from "franc-min/data.js";

/** franc's cost of a trigram its model lacks. */
const MAX_DIFFERENCE = 300;
/** franc answers nothing for a text shorter than this. */
const MIN_LENGTH = 10;

/**
 * Three UTF-16 code units as one number, exactly: counting numbers makes no string per trigram. Units below 1024
 * (ASCII, the Latin letters, Azerbaijani's ə) pack into 30 bits, a small integer that V8 keeps unboxed: 3,000
 * pages' samples took 200 ms, against 345 ms with the 48-bit form for every trigram. Any other unit gives the
 * 48-bit form, negated so that the two never meet.
 */
function codeOf(text: string, at: number): number {
  const a = text.charCodeAt(at);
  const b = text.charCodeAt(at + 1);
  const c = text.charCodeAt(at + 2);
  return (a | b | c) < 1024 ? (a << 20) | (b << 10) | c : -((a * 65536 + b) * 65536 + c);
}

type LatinLanguage = "eng" | "azj";
/** The models' order: English first, as franc lists it. */
const LANGUAGES = ["eng", "azj"] as const;

/**
 * franc-min's models of the two languages in one open-addressing table of trigram codes: for each, its weight
 * (its place in the language's list of 300 commonest trigrams) in either model, -1 where a model lacks it.
 * Every model trigram is of units below 1024, so its code is a small non-negative integer.
 */
interface Models {
  keys: Int32Array;
  weights: Int16Array[];
  mask: number;
}
let models: Models | null = null;

/** A code's first slot: its bits mixed, since the low ones are its last letter's alone. */
const hashOf = (code: number, mask: number) => (Math.imul(code, 0x9e3779b1) >>> 16) & mask;

function buildModels(): Models {
  const size = 2048;
  const keys = new Int32Array(size).fill(-1);
  const weights = LANGUAGES.map(() => new Int16Array(size).fill(-1));
  LANGUAGES.forEach((language, l) => {
    data.Latin![language]!.split("|").forEach((trigram, weight) => {
      const code = codeOf(trigram, 0);
      let slot = hashOf(code, size - 1);
      while (keys[slot] !== -1 && keys[slot] !== code) slot = (slot + 1) & (size - 1);
      keys[slot] = code;
      weights[l]![slot] = weight;
    });
  });
  return { keys, weights, mask: size - 1 };
}

/** The slot of a trigram's code in the models, or -1 when neither model holds it. */
function slotOf(table: Models, code: number): number {
  if (code < 0) return -1;
  let slot = hashOf(code, table.mask);
  for (;;) {
    const key = table.keys[slot]!;
    if (key === code) return slot;
    if (key === -1) return -1;
    slot = (slot + 1) & table.mask;
  }
}

/** franc's distance of a trigram seen `times` times from a model that holds it at `weight` (-1: does not). */
const distanceOf = (weight: number, times: number) => (weight < 0 ? MAX_DIFFERENCE : Math.abs(times - weight - 1));

const SAMPLE_SLOTS = 4096;
/** franc reads at most this much of a text; its trigrams then fill at most half of SAMPLE_SLOTS. */
const FRANC_MAX_LENGTH = 2048;

/**
 * A sample's distinct trigrams and how often each occurs, in an open-addressing table reused between calls;
 * `used` lists the slots filled, to read and clear them.
 */
interface SampleTable {
  codes: Float64Array;
  counts: Int32Array;
  used: Int32Array;
}
let sample: SampleTable | null = null;

/** Counts a sample's trigram codes into `table`; returns how many distinct ones its `used` lists. */
function countTrigrams(table: SampleTable, cleaned: string, trigrams: number): number {
  const { codes, counts, used } = table;
  let distinct = 0;
  for (let i = 0; i < trigrams; i++) {
    const code = codeOf(cleaned, i);
    let slot = hashOf(code < 0 ? -code % 0x40000000 : code, SAMPLE_SLOTS - 1);
    while (counts[slot] !== 0 && codes[slot] !== code) slot = (slot + 1) & (SAMPLE_SLOTS - 1);
    if (counts[slot] === 0) {
      codes[slot] = code;
      used[distinct++] = slot;
    }
    counts[slot]!++;
  }
  return distinct;
}

/**
 * The Latin-script languages of the site told apart by franc-min's own method and models: the text cleaned
 * as franc cleans it (digits and ASCII punctuation dropped, white space collapsed, lower case), its padded
 * trigrams counted (as numbers), and each model's distance summed as franc sums it. The same answers as
 * `franc(text, { only: ["eng", "rus", "azj"] })` on Latin text (tests/corpus/latin-trigrams.test.ts
 * compares them), many times faster: franc's own pass checks the text against every script's regular
 * expression and counts trigrams in a plain object, and at 10,000 pages that took 5.8 s of a cold start.
 * The trigrams are counted in a table of numbers, and both models are read in one lookup: with a Map of
 * counts and one per model, the benchmark's generated pages took 0.3 s of each parse worker.
 * Null for a text too short to tell, as franc's "und".
 */
export function latinLanguageOf(text: string): LatinLanguage | null {
  if (text.length < MIN_LENGTH) return null;
  const table = (models ??= buildModels());
  const seen = (sample ??= { codes: new Float64Array(SAMPLE_SLOTS), counts: new Int32Array(SAMPLE_SLOTS), used: new Int32Array(FRANC_MAX_LENGTH) });
  const cleaned = ` ${text.slice(0, FRANC_MAX_LENGTH).replace(/[\u0021-\u0040]+/g, " ").replace(/\s+/g, " ").trim().toLowerCase()} `;
  const distinct = countTrigrams(seen, cleaned, Math.max(0, cleaned.length - 2));
  const [english, azerbaijani] = table.weights as [Int16Array, Int16Array];
  let toEnglish = 0;
  let toAzerbaijani = 0;
  for (let i = 0; i < distinct; i++) {
    const at = seen.used[i]!;
    const times = seen.counts[at]!;
    seen.counts[at] = 0;
    const slot = slotOf(table, seen.codes[at]!);
    toEnglish += distanceOf(slot < 0 ? -1 : english[slot]!, times);
    toAzerbaijani += distanceOf(slot < 0 ? -1 : azerbaijani[slot]!, times);
  }
  // Ties go to the first model, as franc's stable sort keeps eng (listed before azj) first.
  const best = toAzerbaijani < toEnglish ? 1 : 0;
  return LANGUAGES[best]!;
}
