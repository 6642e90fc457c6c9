import { htmlBlocks } from "./html-blocks.js";

/** Tidies each line: one space between words, no control characters, no blank lines. */
function tidyLines(text: string): string[] {
  return text
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f\u200b\ufeff]/g, "")
    .split(/\r?\n|\r/)
    .map((line) => line.replace(/[\s\u00a0]+/g, " ").trim())
    .filter((line) => line.length > 0);
}

/**
 * Feeds carry HTML in their descriptions (and often in their titles); readers get plain text, which the
 * bot escapes again on the way out. Each block element (paragraph, heading, list item...) is a line.
 */
export function htmlToLines(html: string): string[] {
  return htmlBlocks(html).map((block) => block.text);
}

/** Plain text that was never HTML, tidied the same way. */
export function textToLines(text: string): string[] {
  return tidyLines(text);
}

/** Cuts a text to at most `max` characters, on a word boundary when there is one, marking the cut. */
export function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(" ");
  return (space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.–—-]+$/, "") + "…";
}
