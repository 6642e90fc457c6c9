import { isHeadingLike } from "../line-kinds.js";
import { all, type HtmlElement, visibleText } from "./dom.js";

/** A block of an article's text in reading order: a heading, or a paragraph. */
export interface Block {
  kind: "heading" | "paragraph";
  text: string;
}

const BLOCKS = "h1, h2, h3, h4, h5, h6, p, li, blockquote, pre, dd";
const HEADING = /^H[1-6]$/;
/** Past this share of its text in links, a block is a list of links, not the article's prose. */
const MAX_LINK_SHARE = 0.9;

/** A short paragraph that is only bold text is a heading the editor wrote without heading markup. */
function isBoldOnly(element: HtmlElement, text: string): boolean {
  const bold = all(element, "strong, b")
    .map((b) => visibleText(b))
    .join(" ")
    .replace(/\s+/g, " ")
    .trim();
  return bold.length > 0 && bold === text && isHeadingLike(text);
}

function linkShare(element: HtmlElement, text: string): number {
  const linked = all(element, "a").reduce((sum, a) => sum + visibleText(a).length, 0);
  return text.length === 0 ? 0 : linked / text.length;
}

/**
 * The article's blocks in reading order. A block holding other blocks (a list item of paragraphs, a quote)
 * gives them rather than itself, so no text is read twice.
 */
export function articleBlocks(content: HtmlElement): Block[] {
  const blocks: Block[] = [];
  for (const element of all(content, BLOCKS)) {
    if (element.querySelector(BLOCKS)) continue;
    const text = visibleText(element);
    if (!text || linkShare(element, text) >= MAX_LINK_SHARE) continue;
    const heading = HEADING.test(element.tagName.toUpperCase()) || (element.tagName.toUpperCase() === "P" && isBoldOnly(element, text));
    blocks.push({ kind: heading ? "heading" : "paragraph", text });
  }
  return blocks;
}
