import type { Article, LanguageCode, Section } from "../corpus/types.js";
import { normalizeTitle, stableId } from "../corpus/text.js";
import { canonicalLink } from "../store/story-key.js";
import { htmlBlocks } from "./html-blocks.js";

/** Headings that open a section; deeper ones are read as the section's paragraphs. */
const SECTION_LEVELS = new Set([2, 3]);

/** The key a feed's story is kept under: its link's page, or its title when it has no link. */
export function feedStoryKey(url: string | null, title: string): string {
  const link = url ? canonicalLink(url) : null;
  return link ? `link:${link}` : `title:${normalizeTitle(title)}`;
}

/** The id of an article read from a feed or its page: stable across polls and restarts, short for callback data. */
export function feedArticleId(storyKey: string): string {
  return stableId("f", storyKey);
}

/**
 * An article's HTML body as sections: the paragraphs before the first h2/h3 are the lead, each h2/h3
 * opens a section. A heading with no text after it opens nothing. An h1 repeating the title is dropped.
 */
export function htmlSections(html: string, title: string): Section[] {
  const sections: Section[] = [];
  let current: Section = { heading: null, paragraphs: [] };
  for (const block of htmlBlocks(html)) {
    if (block.level === 1 && normalizeTitle(block.text) === normalizeTitle(title)) continue;
    if (block.level !== null && SECTION_LEVELS.has(block.level)) {
      if (current.paragraphs.length > 0) sections.push(current);
      current = { heading: block.text, paragraphs: [] };
    } else current.paragraphs.push(block.text);
  }
  if (current.paragraphs.length > 0) sections.push(current);
  return sections;
}

export interface FeedArticleFields {
  storyKey: string;
  title: string;
  subtitle: string | null;
  author: string | null;
  /** The feed's name, filed as the article's rubric. */
  list: string;
  url: string | null;
  publishedAt: string;
  /** The full text the feed carries (content:encoded, Atom content). */
  html: string;
  language: LanguageCode;
}

/** The article a feed carries in full; null when its text holds no paragraph. */
export function feedArticle(fields: FeedArticleFields): Article | null {
  const sections = htmlSections(fields.html, fields.title);
  if (sections.length === 0) return null;
  return {
    id: feedArticleId(fields.storyKey),
    title: fields.title,
    subtitle: fields.subtitle,
    author: fields.author,
    category: fields.list,
    publishedAt: fields.publishedAt,
    url: fields.url,
    language: fields.language,
    sections,
    file: fields.url ?? fields.storyKey,
  };
}
