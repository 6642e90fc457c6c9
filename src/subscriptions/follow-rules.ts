import type { Follow } from "../core/subscribers.js";
import type { WordShare } from "../search/types.js";
import type { SubscriptionRules } from "./defaults.js";
import { judgeFollowWords } from "./follow-words.js";

/** What came of a /follow: the follow, or why the words cannot be one. */
export type FollowOutcome =
  | { kind: "added"; follow: Follow }
  | { kind: "tooLong"; max: number }
  | { kind: "stopwords"; words: string[] }
  | { kind: "common"; words: string[] }
  | { kind: "limit"; max: number };

export type FollowRefusal = Exclude<FollowOutcome, { kind: "added" }>;

/**
 * Whether a chat may follow `words` (already tidied: trimmed, one space between words): a few words, that tell a
 * story apart from the rest of the corpus, within the chat's number of follows. The same words again are the
 * follow the chat has, so they never count against the limit.
 */
export function refuseFollow(
  words: string,
  current: readonly Follow[],
  shares: { passages: number; words: readonly WordShare[] },
  rules: SubscriptionRules,
): FollowRefusal | null {
  if ([...words].length > rules.maxFollowLength) return { kind: "tooLong", max: rules.maxFollowLength };
  const verdict = judgeFollowWords(shares);
  if (verdict.kind !== "ok") return verdict;
  if (current.length >= rules.maxFollows && !current.some((follow) => follow.query === words)) {
    return { kind: "limit", max: rules.maxFollows };
  }
  return null;
}
