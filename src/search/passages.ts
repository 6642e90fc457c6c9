import type { Corpus } from "../corpus/types.js";

/** What the index ranks: one section of an article, or one headline. */
export interface Passage {
  kind: "section" | "headline";
  /** Index into corpus.articles or corpus.headlines. */
  ref: number;
  sectionIndex: number | null;
  /** Weighted fields: the heading or title counts more than the text. */
  heading: string;
  body: string;
  context: string;
}

export function passagesOf(corpus: Corpus): Passage[] {
  const passages: Passage[] = [];
  corpus.articles.forEach((article, ref) => {
    article.sections.forEach((section, sectionIndex) => {
      passages.push({
        kind: "section",
        ref,
        sectionIndex,
        heading: section.heading ?? "",
        body: section.paragraphs.join("\n"),
        context: article.title + (section.heading === null && article.subtitle ? " " + article.subtitle : ""),
      });
    });
  });
  corpus.headlines.forEach((headline, ref) => {
    passages.push({
      kind: "headline",
      ref,
      sectionIndex: null,
      heading: headline.title,
      body: [headline.subtitle, headline.tag].filter(Boolean).join(" "),
      context: "",
    });
  });
  return passages;
}
