import type { QuestionWord } from "../../../src/search/question-words.js";

/** A question word as the parser would make it of `surface`, folded by `fold`: known, not a name, weighing 1, unless `extra` says otherwise. */
export const questionWord = (surface: string, fold: (word: string) => string, extra: Partial<QuestionWord> = {}): QuestionWord => ({
  surface,
  term: fold(surface),
  typed: new Set([fold(surface)]),
  related: new Set(),
  capitalised: false,
  marker: false,
  focus: false,
  importance: 1,
  known: true,
  ...extra,
});
