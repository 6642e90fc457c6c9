import type { WordShare } from "../search/types.js";

/** When a follow's words name no story: each is a stopword, or is found in most of the corpus. */
export const FOLLOW_WORD_RULES = Object.freeze({
  /** A word found in more than this share of the passages is in most of the corpus: it tells no story apart. */
  maxShare: 0.5,
  /** Below this many passages "most of the corpus" is a handful of passages, and says nothing of a word. */
  minPassages: 20,
});

export type FollowWordsVerdict =
  | { kind: "ok" }
  | { kind: "stopwords"; words: string[] }
  | { kind: "common"; words: string[] };

/**
 * Whether a follow's words can tell its story apart from the rest: it needs one word that is no stopword and is
 * not found in most of the corpus. A follow of "the" or of the site's own name would match nearly everything.
 */
export function judgeFollowWords(
  shares: { passages: number; words: readonly WordShare[] },
  rules: typeof FOLLOW_WORD_RULES = FOLLOW_WORD_RULES,
): FollowWordsVerdict {
  const content = shares.words.filter((word) => word.share !== null);
  if (content.length === 0) return { kind: "stopwords", words: shares.words.map((word) => word.word) };
  const judged = shares.passages >= rules.minPassages;
  const common = (word: WordShare) => judged && (word.share ?? 0) > rules.maxShare;
  return content.every(common) ? { kind: "common", words: content.map((word) => word.word) } : { kind: "ok" };
}
