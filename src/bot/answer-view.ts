import type { Article, Corpus } from "../corpus/types.js";
import { explainableHeadline, findExplanation } from "../search/explanation.js";
import type { Answer, SearchEngine } from "../search/types.js";
import { articleById, headlineById } from "./corpus-view.js";
import { formatAnswer } from "./format/answer.js";
import { relatedIntro } from "./format/related.js";
import { answerKeyboard } from "./keyboards/answer-keyboard.js";
import type { View } from "./replies.js";
import type { BotTexts } from "./texts.js";

/** The section an answer quotes, when it is a section still in the corpus (for its Whole section button). */
export function answeredSection(corpus: Corpus, answer: Answer): { article: Article; sectionIndex: number } | null {
  if (answer.kind !== "section" || answer.articleId === null || answer.sectionIndex === null) return null;
  const article = articleById(corpus, answer.articleId);
  return article?.sections[answer.sectionIndex] ? { article, sectionIndex: answer.sectionIndex } : null;
}

/** What showing an answer needs besides the answer. */
export interface AnswerContext {
  corpus: Corpus;
  timeZone: string;
  /** The reader's texts; the reader's language stands for the question's when the search does not say it. */
  texts: BotTexts;
  /** The section that explains a headline's story, or null (the search's findExplanation). */
  explain(answer: Answer): Answer | null;
}

export function answerContext(corpus: Corpus, search: SearchEngine, timeZone: string, texts: BotTexts): AnswerContext {
  return { corpus, timeZone, texts, explain: (answer) => findExplanation(search, explainableHeadline(answer)) };
}

/** One answer's text, and the section its Whole section button sends: its own, or the one explaining its headline. */
export function shownAnswer(answer: Answer, context: AnswerContext, extra: { position?: { index: number; total: number }; intro?: string }) {
  const explanation = answer.kind === "headline" ? context.explain(answer) : null;
  const headline = answer.kind === "headline" && answer.headlineId ? headlineById(context.corpus, answer.headlineId) : undefined;
  return {
    html: formatAnswer(answer, {
      timeZone: context.timeZone,
      texts: context.texts,
      headline,
      explanation,
      ...extra,
    }),
    section: answeredSection(context.corpus, explanation ?? answer),
  };
}

/** Answer `index` of a question's answers as a message: its text and its buttons. */
export function answerView(options: {
  answers: readonly Answer[];
  list: string;
  index: number;
  context: AnswerContext;
  /** The kept question, for the 👍 / 👎 buttons; none when it was not kept. */
  questionId?: number | null;
}): View | null {
  const { answers, list, index, context, questionId } = options;
  const answer = answers[index];
  if (!answer) return null;
  const total = answers.length;
  const { html, section } = shownAnswer(answer, context, { position: { index, total } });
  return { html, markup: answerKeyboard({ list, index, total, section, questionId, texts: context.texts }) };
}

/** Related coverage: what our articles don't give, then the closest passage, alone (More answers would only pad it). */
export function relatedView(options: { question: string; answer: Answer; context: AnswerContext; questionId?: number | null }): View {
  const { question, answer, context, questionId } = options;
  const { html, section } = shownAnswer(answer, context, { intro: relatedIntro(question, answer, context.texts) });
  return { html, markup: answerKeyboard({ list: "", index: 0, total: 1, section, questionId, texts: context.texts }) };
}

/** A question's results as the bot shows them: the answers to page through, or else the one related passage. */
export function readResults(results: readonly Answer[]): { answers: Answer[]; related: Answer | null } {
  if (results[0]?.match === "related") return { answers: [], related: results[0] };
  return { answers: results.filter((a) => a.match === "answer"), related: null };
}
