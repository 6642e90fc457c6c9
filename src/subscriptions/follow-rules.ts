import type { ChatRef, Follow, Subscriber } from "../core/subscribers.js";
import type { WordShare } from "../search/types.js";
import type { Store } from "../store/types.js";
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

/** The follow part of the subscription service (see subscription-service.ts). */
export interface FollowOps {
  /** The stories the chat follows, oldest first. */
  follows(chatId: number): Promise<Follow[]>;
  /** Follows a story: `words` as the reader typed them, tidied (trimmed, single spaces). */
  follow(chat: ChatRef, words: string): Promise<FollowOutcome>;
  /** Drops one follow; null when the chat has none of that id (dropped already). */
  unfollow(chatId: number, followId: number): Promise<Follow | null>;
  /** Drops every follow of the chat, returning those dropped. */
  unfollowAll(chatId: number): Promise<Follow[]>;
}

export function createFollowOps(deps: {
  getStore(): Store;
  wordShares(text: string): { passages: number; words: readonly WordShare[] };
  rules: SubscriptionRules;
  /** Changes the chat's settings as the service does: a chat that follows a story is a subscriber, active. */
  touch(chat: ChatRef): Promise<Subscriber>;
}): FollowOps {
  const { getStore } = deps;
  const follows = (chatId: number): Promise<Follow[]> => getStore().follows.list(chatId);
  return {
    follows,
    async follow(chat, words) {
      const refusal = refuseFollow(words, await follows(chat.chatId), deps.wordShares(words), deps.rules);
      if (refusal) return refusal;
      return { kind: "added", follow: await getStore().follows.add(await deps.touch(chat), words) };
    },
    async unfollow(chatId, followId) {
      const dropped = (await follows(chatId)).find((follow) => follow.id === followId) ?? null;
      if (dropped) await getStore().follows.remove(chatId, followId);
      return dropped;
    },
    unfollowAll(chatId) {
      return getStore().transaction(async (tx) => {
        const dropped = await tx.follows.list(chatId);
        await tx.follows.removeAll(chatId);
        return dropped;
      });
    },
  };
}
