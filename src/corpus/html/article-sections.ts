import type { Section } from "../types.js";
import { readMetaLine, SITE_DATE_IN_TEXT } from "../dates.js";
import { isChrome, isListHeading } from "../line-kinds.js";
import { normalizeTitle } from "../text.js";
import type { Block } from "./article-blocks.js";

/** The header the article's text repeats: its title, subtitle and author, each shown again above the lead. */
export interface ArticleHeader {
  title: string;
  subtitle: string | null;
  author: string | null;
}

const isDateOnly = (text: string) => readMetaLine(text) !== null || text.replace(SITE_DATE_IN_TEXT, "").replace(/[\s|·•,–—-]+/g, "") === "";

/** A pointer to another story set into the text: "Read also: Lachin airport opens to charter flights". */
const isInlineListEntry = (text: string) => /^[^:]{3,20}:/.test(text) && isListHeading(text.slice(0, text.indexOf(":")).trim());

/** A block that only repeats the header, or is a date, chrome or a pointer to another story: never a heading or a paragraph of the article. */
function isHeaderOrChrome(text: string, header: ArticleHeader): boolean {
  const normalized = normalizeTitle(text);
  const repeats = [header.title, header.subtitle, header.author]
    .filter((part): part is string => part !== null)
    .some((part) => normalizeTitle(part) === normalized || normalizeTitle(`By ${part}`) === normalized);
  return repeats || isDateOnly(text) || isChrome(text) || isInlineListEntry(text);
}

/**
 * The article's sections: the lead (the paragraphs before the first heading), then each heading with its
 * paragraphs. A list of links the text holds ("Read also" inside the article) is not a section.
 */
export function blocksToSections(blocks: readonly Block[], header: ArticleHeader): Section[] {
  const sections: Section[] = [];
  let current: Section = { heading: null, paragraphs: [] };
  let inList = false;
  for (const block of blocks) {
    if (isHeaderOrChrome(block.text, header)) continue;
    if (block.kind === "heading") {
      if (current.paragraphs.length > 0) sections.push(current);
      inList = isListHeading(block.text);
      current = { heading: block.text, paragraphs: [] };
    } else if (!inList) current.paragraphs.push(block.text);
  }
  if (current.paragraphs.length > 0) sections.push(current);
  return sections;
}
