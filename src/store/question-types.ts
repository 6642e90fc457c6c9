import type { Language } from "../i18n/languages.js";

/** The questions readers asked, kept for the editors' console (src/store/sqlite-questions.ts). */

/** What a question got: an answer, related coverage (no answer), not found, or a small-talk reply. */
export type ReplyKind = "answer" | "related" | "not_found" | "small_talk";

/** What a reader says was wrong with an answer they voted down. */
export type VoteReason = "wrong_article" | "missing" | "outdated";

/** A question as the bot keeps it: no user name, and the chat as a keyed hash, never its id. */
export interface QuestionDraft {
  askedAt: number;
  chatHash: string;
  text: string;
  reply: ReplyKind;
  /** The passage given (the first answer, or the related passage); null when none was. */
  passage: { articleId: string | null; article: string; heading: string | null; excerpt: string; score: number } | null;
  /** The language the reader is spoken to in. */
  language: Language;
}

export interface QuestionRow extends QuestionDraft {
  id: number;
  /** 👍 and 👎 votes on its answer. */
  up: number;
  down: number;
  /** The 👎 reasons given, one per reader who gave one. */
  reasons: VoteReason[];
}

/** Votes on the answers taken from one article section (or one headline: heading null). */
export interface PassageVotes {
  articleId: string | null;
  article: string;
  heading: string | null;
  up: number;
  down: number;
}

export interface QuestionStore {
  /** Keeps a question; returns its id, which its vote buttons carry. */
  add(draft: QuestionDraft): Promise<number>;
  /**
   * One reader's vote on a question's answer, replacing their earlier one; a 👍 clears a reason given with an
   * earlier 👎. False when the question is gone (deleted by retention).
   */
  vote(questionId: number, voterHash: string, vote: 1 | -1, now: number): Promise<boolean>;
  /** The reason of a reader's 👎; false when they have no 👎 on it (they changed it, or it is gone). */
  setReason(questionId: number, voterHash: string, reason: VoteReason, now: number): Promise<boolean>;
  get(id: number): Promise<QuestionRow | null>;
  /** The newest questions first, those whose text holds `search` (case-insensitive) when given, and how many match. */
  latest(options: { search?: string; limit: number; offset: number }): Promise<{ rows: QuestionRow[]; total: number }>;
  /** The questions of these reply kinds asked since `since`, newest first, at most `limit`. */
  listByReply(replies: readonly ReplyKind[], since: number, limit: number): Promise<QuestionRow[]>;
  /** Questions per day (YYYY-MM-DD, UTC), oldest first. */
  perDay(): Promise<Array<{ day: string; count: number }>>;
  /** Votes per article section, the most voted first. */
  votesByPassage(): Promise<PassageVotes[]>;
  /** Answers with at least one 👎, the worst ratio first (then the most 👎), at most `limit`. */
  worstRated(limit: number): Promise<QuestionRow[]>;
  /** Deletes the questions asked before `before` (and their votes); returns how many. */
  prune(before: number): Promise<number>;
}
