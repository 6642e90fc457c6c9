import type { Corpus, LanguageCode } from "../corpus/types.js";

/** What the index ranks: one section of an article, or one headline. Holds no text of its own. */
export interface Passage {
  kind: "section" | "headline";
  /** Index into corpus.articles or corpus.headlines. */
  ref: number;
  sectionIndex: number | null;
  /** The article's or the headline's own language: its words are folded for it. */
  language: LanguageCode;
}

/** A passage's text by field: the heading (or title) counts more than the body, the article's title less. */
export interface PassageFields {
  heading: string;
  body: readonly string[];
  context: string;
}

export function passagesOf(corpus: Corpus): Passage[] {
  const passages: Passage[] = [];
  corpus.articles.forEach((article, ref) => {
    article.sections.forEach((_, sectionIndex) => passages.push({ kind: "section", ref, sectionIndex, language: article.language }));
  });
  corpus.headlines.forEach((headline, ref) => passages.push({ kind: "headline", ref, sectionIndex: null, language: headline.language }));
  return passages;
}

export function fieldsOf(corpus: Corpus, passage: Passage): PassageFields {
  if (passage.kind === "headline") {
    const headline = corpus.headlines[passage.ref]!;
    return { heading: headline.title, body: [headline.subtitle ?? "", headline.tag ?? ""], context: "" };
  }
  const article = corpus.articles[passage.ref]!;
  const section = article.sections[passage.sectionIndex!]!;
  return {
    heading: section.heading ?? "",
    body: section.paragraphs,
    context: article.title + (section.heading === null && article.subtitle ? " " + article.subtitle : ""),
  };
}
