import type { Asked } from "./asked.js";

/** One answer to a question: an article section or a headline. */
export interface Answer {
  kind: "section" | "headline";
  /** An answer holds what was asked; related coverage only speaks of the question's subject. */
  match: "answer" | "related";
  /** What the question asks for; null when it asks for nothing in particular. */
  asked: Asked;
  /** For related coverage, the question's words the passage does hold, as the reader typed them ("Baku"). */
  subject: string | null;
  /** The article's title; for a headline, the headline's title. */
  article: string;
  articleId: string | null;
  /** The section's heading; null for an article's lead and for headlines. */
  section: string | null;
  /** Index of the section in its article; null for headlines. */
  sectionIndex: number | null;
  /** The headline's title; for a section, the article's title. */
  headline: string;
  headlineId: string | null;
  /** Plain text (not escaped): the sentences that answer, or the headline with its subtitle and date. */
  excerpt: string;
  /** 0..1, higher is better. */
  score: number;
  publishedAt: string | null;
  url: string | null;
  /** Character ranges [start, end) in `excerpt` of the words that matched the question, for highlighting. */
  highlights: Array<[number, number]>;
  /** The language of the page it comes from (ISO 639-1, "en"), when the search knows it. */
  language?: string;
  /** The language the question was read in, when the search knows it. */
  questionLanguage?: string;
}

export interface SearchOptions {
  /** How many answers at most; default from the search defaults. */
  limit?: number;
  /** Restrict to one kind, e.g. headlines for an Explain or a follow. */
  kind?: "section" | "headline";
}

/** A word of a reader's text and how common it is in the corpus. */
export interface WordShare {
  word: string;
  /** The share of passages (0..1) that hold the word; null for a stopword, which nothing is searched by. */
  share: number | null;
}

export interface SearchEngine {
  /** Answers, best first; empty when nothing answers the question with confidence. */
  search(question: string, options?: SearchOptions): Answer[];
  /** Each word of `text`, folded as questions are, with the share of the corpus's passages it is found in. */
  wordShares(text: string): { passages: number; words: WordShare[] };
}
