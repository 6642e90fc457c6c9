import { PAGE_FORMAT } from "./defaults.js";

const SENTENCE_END = /[.!?…:;,]["”’)»]*$/;

export const isListHeading = (line: string): boolean => PAGE_FORMAT.listHeadings.includes(line.toLowerCase());

/** A rubric as the site prints it: a short line in capitals ("POLITICS", "SOUTH CAUCASUS"). */
export const isRubric = (line: string): boolean =>
  /^[\p{Lu}\d&\s-]+$/u.test(line) && /\p{Lu}/u.test(line) && line.split(/\s+/).length <= 3;

/** A section heading is a short line without closing punctuation. */
export function isHeadingLike(line: string): boolean {
  return (
    line.length <= PAGE_FORMAT.maxHeadingLength &&
    line.split(/\s+/).length <= PAGE_FORMAT.maxHeadingWords &&
    !SENTENCE_END.test(line)
  );
}

const CHROME_LINES = new Set(PAGE_FORMAT.chromeLines);
const CHROME_WORDS = new Set(PAGE_FORMAT.chromeWords);
const MENU_WORDS = new Set([...PAGE_FORMAT.menuWords, ...PAGE_FORMAT.chromeWords]);

/** Site chrome: a line that is only chrome words, font controls, a copyright notice. */
export function isChrome(line: string): boolean {
  // Chrome is short: a paragraph is not split into words for every line of every page.
  if (line.length > PAGE_FORMAT.maxHeadingLength) return false;
  const lower = line.toLowerCase();
  if (CHROME_LINES.has(lower)) return true;
  if (PAGE_FORMAT.chromePatterns.some((pattern) => pattern.test(line))) return true;
  const words = lower.split(/\s*[|·•,/]\s*|\s+/).filter(Boolean);
  if (words.length > 0 && words.every((word) => CHROME_WORDS.has(word))) return true;
  const menuWords = words.filter((word) => MENU_WORDS.has(word)).length;
  if (words.length > 1 && menuWords === words.length) return true;
  return words.length >= 3 && menuWords / words.length >= PAGE_FORMAT.minMenuShare && isHeadingLike(line);
}

/** A byline: "By Leyla Aliyeva", "Author: Farid Mammadov", or a line that is only a person's name. */
export function authorOf(line: string): string | null {
  const marked = /^(?:by|author:?|written by)\s+(.+)$/i.exec(line);
  const name = (marked?.[1] ?? line).trim();
  const words = name.split(/\s+/);
  const isNameWord = (word: string) => /^[\p{Lu}][\p{L}.'’-]*,?$/u.test(word) || PAGE_FORMAT.nameParticles.includes(word);
  const nameShaped = words.length <= PAGE_FORMAT.maxAuthorWords && words.every(isNameWord) && /^\p{Lu}/u.test(name);
  return nameShaped && !isChrome(name) && !isListHeading(name) ? name.replace(/,$/, "") : null;
}
