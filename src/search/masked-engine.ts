import type { Corpus } from "../corpus/types.js";
import type { SearchEngine } from "./types.js";

/**
 * The pages a new corpus no longer holds as the current one does: the articles of removed or changed
 * files (a changed page keeps its id, so its old text is hidden under that id), and the headlines no page
 * lists any more. Articles are compared as objects: an unchanged file's article is the very same object.
 */
export function goneFrom(current: Corpus, next: Corpus): { articleIds: Set<string>; headlineIds: Set<string> } {
  const kept = new Set(next.articles);
  const listed = new Set(next.headlines.map((headline) => headline.id));
  return {
    articleIds: new Set(current.articles.filter((article) => !kept.has(article)).map((article) => article.id)),
    headlineIds: new Set(current.headlines.filter((headline) => !listed.has(headline.id)).map((headline) => headline.id)),
  };
}

/**
 * The engine, with what `gone` names left out of every answer: while the index of a changed corpus is
 * being built, a removed or changed page is no longer answered from, at once.
 */
export function maskEngine(engine: SearchEngine, gone: { articleIds: ReadonlySet<string>; headlineIds: ReadonlySet<string> }): SearchEngine {
  if (gone.articleIds.size === 0 && gone.headlineIds.size === 0) return engine;
  return {
    search: (question, options) =>
      engine
        .search(question, options)
        .filter((answer) => !(answer.articleId !== null && gone.articleIds.has(answer.articleId)) && !(answer.headlineId !== null && gone.headlineIds.has(answer.headlineId))),
    wordShares: (text) => engine.wordShares(text),
  };
}
