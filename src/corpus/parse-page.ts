import type { Article, Corpus, Section } from "./types.js";
import { parseSiteDate, readMetaLine, SITE_DATE } from "./dates.js";
import { CORPUS_ERRORS, CorpusFileError } from "./errors.js";
import { authorOf, isChrome, isHeadingLike, isListHeading } from "./line-kinds.js";
import { readHeader } from "./page-header.js";
import { separateLists } from "./page-lists.js";
import { languageOfArticle } from "./page-language.js";

export interface ParseOptions {
  articleId: string;
  file: string;
  timezone: string;
}

const isDateLine = (line: string) => SITE_DATE.test(line) || readMetaLine(line) !== null;

/**
 * The article's date line: the first date followed by the article's text (a paragraph, maybe after a byline),
 * not by another headline as in a list. -1 when the page shows no date.
 */
function findMetaLine(lines: readonly string[]): number {
  const candidates = lines.flatMap((line, i) => (readMetaLine(line) ? [i] : []));
  const opensText = (i: number) => {
    const next = lines[i + 1];
    if (next === undefined || isDateLine(next) || isListHeading(next)) return false;
    if (!isHeadingLike(next)) return true;
    const after = lines[i + 2];
    return authorOf(next) !== null && after !== undefined && !isHeadingLike(after);
  };
  return candidates.find(opensText) ?? candidates.find((i) => !lines.slice(0, i).some(isListHeading)) ?? -1;
}

/** Where the header starts: after the last list or date above the article's date, which belong to a list beside it. */
function headerStart(lines: readonly string[], metaIndex: number): number {
  for (let i = metaIndex - 1; i >= 0; i--) if (isListHeading(lines[i]!) || isDateLine(lines[i]!)) return i + 1;
  return 0;
}

/**
 * Parses a scraped page of the site, in any of its layouts: its article, and the headlines of its lists.
 * The article is found by its shape (a title, a date line, the text), wherever the chrome around it stands.
 */
export function parsePage(text: string, options: ParseOptions): Corpus {
  const lines = text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0 && !isChrome(line));

  const metaIndex = findMetaLine(lines);
  const start = metaIndex === -1 ? 0 : headerStart(lines, metaIndex);
  const headerEnd = metaIndex === -1 ? Math.min(start + 1, lines.length) : metaIndex;
  const meta = metaIndex === -1 ? null : readMetaLine(lines[metaIndex]!);
  const above = separateLists(lines.slice(0, start), options.timezone);
  const after = separateLists(lines.slice(metaIndex === -1 ? headerEnd : metaIndex + 1), options.timezone);

  // A list that names the article, or the lead, may show where its title ends and its subtitle starts.
  const header = readHeader(lines.slice(start, headerEnd), [...lines.slice(0, start), ...lines.slice(headerEnd + 1)]);
  if (!header || isListHeading(header.title)) throw new CorpusFileError(CORPUS_ERRORS.noTitle);
  const byline = meta && after.text.length > 1 ? authorOf(after.text[0]!) : null;
  const body = byline ? after.text.slice(1) : after.text;
  // A page that repeats its subtitle as the lead's first line shows it twice; it is the subtitle, not a heading.
  const sections = parseSections(header.subtitle && body[0] === header.subtitle ? body.slice(1) : body);
  if (sections.length === 0) throw new CorpusFileError(CORPUS_ERRORS.noBody);

  const article: Article = {
    id: options.articleId,
    title: header.title,
    subtitle: header.subtitle,
    author: byline ?? header.author,
    category: meta?.category ?? header.rubric,
    publishedAt: meta ? parseSiteDate(meta.date, options.timezone) : null,
    url: null,
    // A scraped page carries no metadata: its language is read from its own text.
    language: languageOfArticle(header.title, sections),
    sections,
    file: options.file,
  };
  return { articles: [article], headlines: [...above.headlines, ...after.headlines] };
}

/** A heading is a short line followed by a paragraph; every other line is a paragraph. */
function parseSections(body: string[]): Section[] {
  const sections: Section[] = [];
  let current: Section = { heading: null, paragraphs: [] };
  body.forEach((line, i) => {
    const next = body[i + 1];
    if (isHeadingLike(line) && next !== undefined && !isHeadingLike(next)) {
      if (current.paragraphs.length > 0) sections.push(current);
      current = { heading: line, paragraphs: [] };
    } else current.paragraphs.push(line);
  });
  if (current.paragraphs.length > 0) sections.push(current);
  return sections;
}
