/** The site's languages; a page or headline in any other is read as English. */
export type LanguageCode = "en" | "ru" | "az";

/** A section of an article; the lead (the paragraphs before the first heading) has no heading. */
export interface Section {
  heading: string | null;
  paragraphs: string[];
}

export interface Article {
  /** Stable across restarts: derived from the file name. */
  id: string;
  title: string;
  subtitle: string | null;
  /** The byline's name(s), as the page gives them. */
  author: string | null;
  /** The site's rubric, such as REGION. */
  category: string | null;
  /** ISO 8601 with the site's offset, e.g. 2023-01-27T14:27:00+04:00. */
  publishedAt: string | null;
  url: string | null;
  /** From the page's metadata, or else from its text: its words are analysed for it. */
  language: LanguageCode;
  sections: Section[];
  /** The corpus file this article came from. */
  file: string;
}

export interface Headline {
  /** Stable: derived from the normalized title (and link when known), so a headline listed twice is one. */
  id: string;
  title: string;
  /** A tag the site appends to the title, such as UPDATED or Opionion (sic). */
  tag: string | null;
  /** The line some headlines carry before their date, such as "Analysis by Reuters". */
  subtitle: string | null;
  publishedAt: string;
  /** The list the headline was found in, such as "Latest news" or "Read also", or a feed's name. */
  list: string;
  url: string | null;
  /** The headline's own language, from its text: a Russian page may list English headlines. */
  language: LanguageCode;
}

export interface Corpus {
  articles: Article[];
  headlines: Headline[];
}
