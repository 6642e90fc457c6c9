import type { Article, Corpus, Headline, Section } from "./types.js";
import { PAGE_FORMAT } from "./defaults.js";
import { META_LINE, parseSiteDate, SITE_DATE } from "./dates.js";
import { CORPUS_ERRORS, CorpusFileError } from "./errors.js";
import { normalizeTitle, stableId } from "./text.js";

export interface ParseOptions {
  articleId: string;
  file: string;
  timezone: string;
}

const SENTENCE_END = /[.!?…:;,]["”’)»]*$/;

const isChrome = (line: string) => PAGE_FORMAT.chromeLines.includes(line.toLowerCase());
const isListHeading = (line: string) => PAGE_FORMAT.listHeadings.includes(line.toLowerCase());

function isHeadingLike(line: string): boolean {
  return (
    line.length <= PAGE_FORMAT.maxHeadingLength &&
    line.split(/\s+/).length <= PAGE_FORMAT.maxHeadingWords &&
    !SENTENCE_END.test(line)
  );
}

/** Parses a scraped page of the site: its article, and the headlines of its lists. */
export function parsePage(text: string, options: ParseOptions): Corpus {
  const lines = text
    .split(/\r?\n/)
    .map((line) => line.replace(/\s+$/, "").replace(/^\s+/, ""))
    .filter((line) => line.length > 0);

  const title = lines[0];
  if (!title || META_LINE.test(title) || isListHeading(title) || isChrome(title))
    throw new CorpusFileError(CORPUS_ERRORS.noTitle);

  const metaIndex = lines.findIndex((line, i) => i > 0 && i <= 4 && META_LINE.test(line));
  const meta = metaIndex > 0 ? META_LINE.exec(lines[metaIndex]!) : null;
  const bodyStart = metaIndex > 0 ? metaIndex + 1 : 1;
  const listStart = lines.findIndex((line, i) => i >= bodyStart && isListHeading(line));
  const bodyEnd = listStart === -1 ? lines.length : listStart;

  const body = lines.slice(bodyStart, bodyEnd).filter((line) => !isChrome(line));
  const sections = parseSections(body);
  if (sections.length === 0) throw new CorpusFileError(CORPUS_ERRORS.noBody);

  const article: Article = {
    id: options.articleId,
    title,
    subtitle: metaIndex > 1 ? lines.slice(1, metaIndex).join(" ") : null,
    author: null,
    category: meta?.[1]?.trim() || null,
    publishedAt: meta ? parseSiteDate(meta[2]!, options.timezone) : null,
    url: null,
    sections,
    file: options.file,
  };
  const headlines = listStart === -1 ? [] : parseLists(lines.slice(listStart), options.timezone);
  return { articles: [article], headlines };
}

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

/** Splits a trailing site tag ("UPDATED", "Opionion") off a headline's title. */
function splitTag(line: string): { title: string; tag: string | null } {
  const match = /^(.*\S)\s+(\S+)$/.exec(line);
  if (match && PAGE_FORMAT.headlineTags.includes(match[2]!)) return { title: match[1]!, tag: match[2]! };
  return { title: line, tag: null };
}

export function headlineId(title: string, url: string | null): string {
  return stableId("h", normalizeTitle(title), url ?? "");
}

/** Each entry is a title, an optional subtitle line, then a date line. */
function parseLists(lines: string[], timezone: string): Headline[] {
  const byId = new Map<string, Headline>();
  let list = lines[0]!;
  let pending: string[] = [];
  for (const line of lines) {
    if (isListHeading(line)) {
      if (pending.length > 0) throw new CorpusFileError(CORPUS_ERRORS.listCutOff(list, pending[0]!));
      list = line;
      continue;
    }
    if (isChrome(line)) continue;
    if (!SITE_DATE.test(line)) {
      if (pending.length === 2) throw new CorpusFileError(CORPUS_ERRORS.listCutOff(list, pending[0]!));
      pending.push(line);
      continue;
    }
    const publishedAt = parseSiteDate(line, timezone)!;
    if (pending.length === 0) continue;
    const { title, tag } = splitTag(pending[0]!);
    const headline: Headline = {
      id: headlineId(title, null),
      title,
      tag,
      subtitle: pending[1] ?? null,
      publishedAt,
      list,
      url: null,
    };
    mergeHeadline(byId, headline);
    pending = [];
  }
  if (pending.length > 0) throw new CorpusFileError(CORPUS_ERRORS.listCutOff(list, pending[0]!));
  return [...byId.values()];
}

/** A headline listed twice is kept once, with whatever either listing adds (a tag, a subtitle). */
export function mergeHeadline(byId: Map<string, Headline>, headline: Headline): void {
  const known = byId.get(headline.id);
  if (!known) byId.set(headline.id, headline);
  else byId.set(headline.id, { ...known, tag: known.tag ?? headline.tag, subtitle: known.subtitle ?? headline.subtitle });
}
