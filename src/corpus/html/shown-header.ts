import { parseSiteDate, readMetaLine, SITE_DATE_IN_TEXT } from "../dates.js";
import { PAGE_FORMAT } from "../defaults.js";
import { isChrome, isHeadingLike } from "../line-kinds.js";
import type { Block } from "./article-blocks.js";
import { type HtmlDocument, type HtmlElement, visibleText } from "./dom.js";

/** Where templates put a standfirst, by the names they give it. */
const STANDFIRST = '[itemprop="alternativeHeadline"], [class*="subtitle"], [class*="standfirst"], [class*="subheadline"], [class~="dek"]';
const BYLINE = '[rel="author"], [itemprop="author"], [class*="author"], [class*="byline"]';
const MAX_AUTHOR_WORDS = 8;

const isDate = (text: string) => SITE_DATE_IN_TEXT.test(text);

/** A standfirst line, neither a date nor chrome: as short as a heading, or a sentence or two when the template names it one. */
function asStandfirst(element: HtmlElement | null, title: string, named: boolean): string | null {
  const text = visibleText(element);
  const short = named ? text.length <= PAGE_FORMAT.maxStandfirstLength : isHeadingLike(text);
  return text && text !== title && short && !isDate(text) && !isChrome(text) ? text : null;
}

/** The subtitle the page shows under its title: an element named as one, or a short line right after the h1. */
export function shownSubtitle(document: HtmlDocument, title: string): string | null {
  const named = asStandfirst(document.querySelector(STANDFIRST), title, true);
  if (named) return named;
  const next = document.querySelector("article h1, main h1, h1")?.nextElementSibling ?? null;
  return next && /^(H[2-6]|P)$/i.test(next.tagName) && !next.matches(BYLINE) ? asStandfirst(next, title, false) : null;
}

/** A byline as a name: "By Leyla Aliyeva, 10 January 2026" → "Leyla Aliyeva". */
export function authorFromByline(byline: string | null | undefined): string | null {
  const name = (byline ?? "")
    .replace(SITE_DATE_IN_TEXT, " ")
    .replace(/^\s*(?:by|author:?|written by|text:|words:)\s+/i, "")
    .replace(/[\s|·•,–—-]+$/, "")
    .replace(/\s+/g, " ")
    .trim();
  return name && name.split(" ").length <= MAX_AUTHOR_WORDS && !isChrome(name) ? name : null;
}

/** The author the page shows: its byline element, or the byline Readability found. */
export function shownAuthor(document: HtmlDocument, readabilityByline: string | null | undefined): string | null {
  return authorFromByline(visibleText(document.querySelector(BYLINE))) ?? authorFromByline(readabilityByline);
}

/** The date (and rubric) the article's text shows above its lead, as in the site's "REGION  27 January 2023 - 14:27". */
export function shownDate(blocks: readonly Block[], timezone: string): { publishedAt: string; category: string | null } | null {
  for (const block of blocks) {
    const meta = readMetaLine(block.text);
    if (meta) return { publishedAt: parseSiteDate(meta.date, timezone)!, category: meta.category };
    const inText = SITE_DATE_IN_TEXT.exec(block.text);
    if (inText && block.text.length <= 80) return { publishedAt: parseSiteDate(inText[0], timezone)!, category: null };
  }
  return null;
}
