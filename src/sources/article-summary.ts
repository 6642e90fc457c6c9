import type { Article } from "../corpus/types.js";
import { splitSentences } from "../search/sentences.js";
import { shorten } from "./plain-text.js";

/**
 * The line a new article is pushed with under its title: its subtitle, or else the first sentence of its
 * text, cut to `max` characters. Null for an article with neither.
 */
export function articleSummary(article: Article, max: number): string | null {
  if (article.subtitle) return shorten(article.subtitle, max);
  const first = article.sections.find((section) => section.paragraphs.length > 0)?.paragraphs[0];
  const sentence = first ? splitSentences(first)[0] : undefined;
  return sentence ? shorten(sentence, max) : null;
}
