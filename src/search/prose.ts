import type { LanguageCode } from "../corpus/types.js";
import type { WordRarity } from "./word-rarity.js";

/**
 * How much a passage reads as prose of its language, 0..1: the share of its lower-case words that an
 * everyday word list knows, against the share ordinary prose reaches. Names (capitalised words) are left
 * out, since a list of common words lacks most of them. Garbled text, word salad, machine-made filler and
 * pages of codes share a question's words by chance yet explain nothing; boilerplate detectors (jusText's
 * stopword density) read text the same way. Only English has such a list here, so a page in another
 * language reads as prose.
 */
/** Words read of a passage: enough to tell prose from salad, and a long section costs no more than a short one. */
const SAMPLE_WORDS = 40;
/** Fewer lower-case words than this cannot tell (a short headline, a title of names). */
const MIN_WORDS = 6;

export function createProseMeasure(rarity: WordRarity, proseShare: number) {
  // A word list that does not know "the" is no list (an engine built without one): everything reads as prose.
  const hasList = rarity("the") < 1;
  return function proseOf(text: string, language: LanguageCode): number {
    if (language !== "en" || !hasList) return 1;
    let words = 0;
    let known = 0;
    for (const [word] of text.matchAll(/(?<![\p{L}\d])\p{Ll}[\p{Ll}’'-]*/gu)) {
      words++;
      if (rarity(word.replace(/[’'-].*$/u, "")) < 1) known++;
      if (words === SAMPLE_WORDS) break;
    }
    return words < MIN_WORDS ? 1 : Math.min(1, known / words / proseShare);
  };
}
