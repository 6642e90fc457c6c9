import { randomBytes } from "node:crypto";
import type { Answer } from "../search/types.js";

/**
 * The answers of recent questions, in memory, for the `More answers` and `Back` buttons. The oldest are
 * forgotten past `capacity`, and all of them at a restart: their buttons then say the list has changed.
 */
export interface AnswerLists {
  /** Keeps the answers, with the kept question they answer (for its vote buttons), and returns the key their buttons carry. */
  save(answers: readonly Answer[], questionId?: number | null): string;
  get(key: string): readonly Answer[] | undefined;
  /** The kept question the list answers, or null. */
  questionOf(key: string): number | null;
}

export function createAnswerLists(capacity: number): AnswerLists {
  const lists = new Map<string, readonly Answer[]>();
  const questions = new Map<string, number>();
  return {
    save(answers, questionId = null) {
      // Random rather than a counter, so that a key from before a restart never names a new list.
      const key = randomBytes(6).toString("base64url");
      lists.set(key, answers);
      if (questionId !== null) questions.set(key, questionId);
      for (const oldest of lists.keys()) {
        if (lists.size <= capacity) break;
        lists.delete(oldest);
        questions.delete(oldest);
      }
      return key;
    },
    get(key) {
      const answers = lists.get(key);
      if (answers) {
        // A list in use moves to the back of the queue, so an active conversation keeps its buttons.
        lists.delete(key);
        lists.set(key, answers);
      }
      return answers;
    },
    questionOf: (key) => questions.get(key) ?? null,
  };
}
