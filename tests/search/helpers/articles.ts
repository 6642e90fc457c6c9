import type { Article } from "../../../src/corpus/types.js";

/** An English article for a ranking test: its sections as given, every other field empty or derived from its id. */
export const testArticle = (id: string, publishedAt: string, sections: Article["sections"], extra: Partial<Article> = {}): Article => ({
  id,
  title: `Article ${id}`,
  subtitle: null,
  author: null,
  category: null,
  publishedAt,
  url: null,
  language: "en",
  sections,
  file: `${id}.md`,
  ...extra,
});
