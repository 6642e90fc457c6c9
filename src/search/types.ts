/** One answer to a question: an article section or a headline. */
export interface Answer {
  kind: "section" | "headline";
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
  /** "answer" when the passage holds what was asked; "related" when it is only coverage of the subject. */
  match: "answer" | "related";
  /** What the question asks for, when it asks for one kind of thing. */
  asked: "amount" | "date" | "person" | "place" | "cause" | null;
  /** For related coverage: the question's words the passage holds, as typed. */
  subject: string | null;
}

export interface SearchOptions {
  /** How many answers at most; default from the search defaults. */
  limit?: number;
  /** Restrict to one kind, e.g. headlines for an Explain or a follow. */
  kind?: "section" | "headline";
}

export interface SearchEngine {
  /** Answers, best first; empty when nothing answers the question with confidence. */
  search(question: string, options?: SearchOptions): Answer[];
}
