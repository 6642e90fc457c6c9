import type { Logger } from "../log/logger.js";
import type { Answer } from "../search/types.js";
import type { Language } from "../i18n/languages.js";
import type { QuestionStore, ReplyKind, VoteReason } from "../store/question-types.js";
import type { IdHasher } from "./id-hasher.js";

/** A question as the bot saw it, before it is kept. */
export interface AskedQuestion {
  chatId: number;
  text: string;
  reply: ReplyKind;
  /** The passage given: the first answer, or the related passage. */
  passage: Answer | null;
  language: Language;
}

/** What the bot calls to keep questions and their votes; ids are hashed here, never stored. */
export interface QuestionLog {
  /** Keeps a question; its id for the vote buttons, or null when it could not be kept (the reader is answered anyway). */
  record(question: AskedQuestion): Promise<number | null>;
  /** A reader's 👍 (1) or 👎 (-1); false when the question is gone. */
  vote(questionId: number, voterId: number, vote: 1 | -1): Promise<boolean>;
  /** The reason of a reader's 👎; false when they have no 👎 on it. */
  reason(questionId: number, voterId: number, reason: VoteReason): Promise<boolean>;
}

export function createQuestionLog(deps: {
  getStore: () => QuestionStore;
  hashId: IdHasher;
  now: () => number;
  logger: Logger;
}): QuestionLog {
  const { hashId, now } = deps;
  return {
    async record(question) {
      const answer = question.passage;
      try {
        return await deps.getStore().add({
          askedAt: now(),
          chatHash: hashId(question.chatId),
          text: question.text,
          reply: question.reply,
          passage: answer
            ? { articleId: answer.articleId, article: answer.article, heading: answer.section, excerpt: answer.excerpt, score: answer.score }
            : null,
          language: question.language,
        });
      } catch (error) {
        deps.logger.error({ error: String(error) }, "question not kept");
        return null;
      }
    },
    vote: (questionId, voterId, vote) => deps.getStore().vote(questionId, hashId(voterId), vote, now()),
    reason: (questionId, voterId, reason) => deps.getStore().setReason(questionId, hashId(voterId), reason, now()),
  };
}
