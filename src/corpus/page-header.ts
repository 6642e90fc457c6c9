import { PAGE_FORMAT } from "./defaults.js";
import { authorOf, isRubric } from "./line-kinds.js";
import { normalizeTitle } from "./text.js";

export interface PageHeader {
  title: string;
  subtitle: string | null;
  author: string | null;
  /** A rubric shown on its own line above the title ("POLITICS"), for pages whose date line has none. */
  rubric: string | null;
}

/** Fewest words on either side of a split: a title or a subtitle of one word is more likely a wrong cut. */
const MIN_SPLIT_WORDS = 2;
/** Above the title, a line this short is chrome ("Caliber.Az", "Live TV"); the site's titles are longer. */
const MAX_CHROME_WORDS = 2;
/** A subtitle found again at the start of a paragraph must be long enough not to be a chance match. */
const MIN_REPEATED_WORDS = 4;

/**
 * Splits "Title Subtitle" shown on one line, where the page shows how: the site's standfirst form
 * ("… Analysis by Reuters"), or either part standing alone elsewhere on the page (a list that names
 * the article, the subtitle opening the lead). Otherwise the whole line is the title.
 */
export function splitTitleLine(line: string, elsewhere: readonly string[]): { title: string; subtitle: string | null } {
  for (const pattern of PAGE_FORMAT.standfirstStarts) {
    const match = pattern.exec(line);
    if (match && line.slice(0, match.index).split(/\s+/).length >= MIN_SPLIT_WORDS)
      return { title: line.slice(0, match.index).trim(), subtitle: line.slice(match.index).trim() };
  }
  const words = line.split(/\s+/);
  const others = new Set(elsewhere.map(normalizeTitle));
  const openers = elsewhere.map((text) => ` ${normalizeTitle(text)} `);
  for (let cut = MIN_SPLIT_WORDS; cut <= words.length - MIN_SPLIT_WORDS; cut++) {
    const title = words.slice(0, cut).join(" ");
    const subtitle = words.slice(cut).join(" ");
    const sub = normalizeTitle(subtitle);
    const repeated =
      others.has(normalizeTitle(title)) ||
      others.has(sub) ||
      (words.length - cut >= MIN_REPEATED_WORDS && openers.some((text) => text.startsWith(` ${sub} `)));
    if (repeated) return { title, subtitle };
  }
  return { title: line, subtitle: null };
}

/**
 * The article's header from the lines between the page's chrome and its date: a rubric line, the title,
 * the subtitle lines, a byline. Null when no line is left for a title.
 */
export function readHeader(lines: readonly string[], elsewhere: readonly string[]): PageHeader | null {
  let rubric: string | null = null;
  let author: string | null = null;
  const rest: string[] = [];
  let lastShort: string | null = null;
  for (const line of lines) {
    const byline = /^(?:by|author:?|written by)\s/i.test(line) ? authorOf(line) : null;
    if (byline) author = byline;
    // A rubric in capitals may stand above or below the title; above it, a short line is chrome we do not know.
    else if (isRubric(line)) rubric = line;
    else if (rest.length === 0 && line.split(/\s+/).length <= MAX_CHROME_WORDS) lastShort = line;
    else rest.push(line);
  }
  // A short title is still a title when nothing longer stands above the date.
  const [first, ...more] = rest.length > 0 ? rest : lastShort ? [lastShort] : [];
  if (!first) return null;
  if (more.length > 0) return { title: first, subtitle: more.join(" "), author, rubric };
  return { ...splitTitleLine(first, elsewhere), author, rubric };
}
