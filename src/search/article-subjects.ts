import type { Article, LanguageCode } from "../corpus/types.js";
import { keptUpTo } from "./kept.js";

/**
 * The terms that stand in at least half of an article's sections: what the whole article is about, which each of
 * its passages speaks of without repeating it. Found when first asked, seldom (only when a passage lacks a name the
 * question asks of), and kept for the last `kept` articles asked of.
 */
export function createArticleSubjects(
  articles: readonly Article[],
  termsOf: (text: string, language: LanguageCode) => ReadonlySet<string>,
  kept: number,
): (ref: number) => ReadonlySet<string> {
  const subjects = keptUpTo<number, ReadonlySet<string>>(kept);
  return (ref) =>
    subjects(ref, () => {
      const article = articles[ref]!;
      const counts = new Map<string, number>();
      for (const section of article.sections)
        for (const term of termsOf(`${section.heading ?? ""} ${section.paragraphs.join(" ")}`, article.language)) counts.set(term, (counts.get(term) ?? 0) + 1);
      return new Set([...counts].filter(([, n]) => n * 2 >= article.sections.length).map(([term]) => term));
    });
}
