import type { Article, Corpus } from "../corpus/types.js";
import type { Answer } from "../search/types.js";
import { articleById } from "./corpus-view.js";
import { formatAnswer } from "./format/answer.js";
import { answerKeyboard } from "./keyboards/answer-keyboard.js";
import type { View } from "./replies.js";

/** The section an answer quotes, when it is a section still in the corpus (for its Whole section button). */
export function answeredSection(corpus: Corpus, answer: Answer): { article: Article; sectionIndex: number } | null {
  if (answer.kind !== "section" || answer.articleId === null || answer.sectionIndex === null) return null;
  const article = articleById(corpus, answer.articleId);
  return article?.sections[answer.sectionIndex] ? { article, sectionIndex: answer.sectionIndex } : null;
}

/** Answer `index` of a question's answers as a message: its text and its buttons. */
export function answerView(options: {
  corpus: Corpus;
  answers: readonly Answer[];
  list: string;
  index: number;
  timeZone: string;
}): View | null {
  const { corpus, answers, list, index, timeZone } = options;
  const answer = answers[index];
  if (!answer) return null;
  const total = answers.length;
  return {
    html: formatAnswer(answer, { timeZone, position: { index, total } }),
    markup: answerKeyboard({ list, index, total, section: answeredSection(corpus, answer) }),
  };
}
