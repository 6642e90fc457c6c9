import type { Answer, SearchEngine } from "./types.js";

/** What a headline or a pushed item is explained by: its title, and for a section, its article and index. */
export interface Explainable {
  kind: "headline" | "section";
  title: string;
  /** The article's title, for a section. */
  article: string | null;
  articleId: string | null;
  sectionIndex: number | null;
}

/** Sections looked at, to prefer the very section a pushed section came from. */
const CANDIDATES = 5;

/** The words an item is explained by: its headline, or its article and heading. */
function explainQuery(item: Explainable): string {
  if (item.kind === "headline" || !item.article || item.article === item.title) return item.title;
  return `${item.article} ${item.title}`;
}

/**
 * The section of an article that explains a headline (or, for a pushed section, that very section when
 * the search finds it); null when no section answers its words. Only answers count: a section that is
 * merely related coverage explains nothing.
 */
export function findExplanation(search: SearchEngine, item: Explainable): Answer | null {
  const answers = search.search(explainQuery(item), { kind: "section", limit: CANDIDATES }).filter((a) => a.match === "answer");
  const same = answers.find(
    (answer) => item.kind === "section" && answer.articleId === item.articleId && answer.sectionIndex === item.sectionIndex,
  );
  return same ?? answers[0] ?? null;
}

/** A headline answer as something to explain. */
export function explainableHeadline(answer: Answer): Explainable {
  return { kind: "headline", title: answer.headline, article: null, articleId: null, sectionIndex: null };
}
