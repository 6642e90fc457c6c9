import type { Headline } from "./types.js";
import { parseSiteDate, SITE_DATE } from "./dates.js";
import { CORPUS_ERRORS, CorpusFileError } from "./errors.js";
import { headlineId, mergeHeadline, splitTag } from "./headlines.js";
import { isHeadingLike, isListHeading } from "./line-kinds.js";
import { languageOfLine } from "./page-language.js";

/** The article's own lines, and the headlines of the lists that stood among them. */
export interface SeparatedLists {
  text: string[];
  headlines: Headline[];
}

/** An entry is a title, maybe a subtitle line, then its date: a line with no date one or two lines on is no entry. */
const opensEntry = (lines: readonly string[], i: number) => [1, 2].some((step) => SITE_DATE.test(lines[i + step] ?? ""));

/** Prose follows before the next list: the article goes on after a list set into it ("Read also" between paragraphs). */
function proseFollows(lines: readonly string[], from: number): boolean {
  for (let i = from; i < lines.length && !isListHeading(lines[i]!); i++) if (!isHeadingLike(lines[i]!)) return true;
  return false;
}

/**
 * Takes the lists of headlines out of a page's lines: from a list heading ("Read also", "Latest news"),
 * each entry is a title, an optional subtitle line, then a date line. A list ends where the article's
 * prose resumes; an entry cut off before its date, with no prose after it, refuses the page, so a truncated file is noticed.
 */
export function separateLists(lines: readonly string[], timezone: string): SeparatedLists {
  const text: string[] = [];
  const byId = new Map<string, Headline>();
  let list: string | null = null;
  let pending: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (isListHeading(line)) {
      if (pending.length > 0) throw new CorpusFileError(CORPUS_ERRORS.listCutOff(list!, pending[0]!));
      list = line;
    } else if (list === null) text.push(line);
    else if (SITE_DATE.test(line)) {
      if (pending.length > 0) {
        const { title, tag } = splitTag(pending[0]!);
        const publishedAt = parseSiteDate(line, timezone)!;
        const subtitle = pending[1] ?? null;
        const language = languageOfLine(`${title} ${subtitle ?? ""}`);
        mergeHeadline(byId, { id: headlineId(title, null), title, tag, subtitle, publishedAt, list, url: null, language });
      }
      pending = [];
    } else if (pending.length === 0 && !opensEntry(lines, i) && proseFollows(lines, i)) {
      list = null;
      text.push(line);
    } else {
      if (pending.length === 2) throw new CorpusFileError(CORPUS_ERRORS.listCutOff(list, pending[0]!));
      pending.push(line);
    }
  }
  if (pending.length > 0) throw new CorpusFileError(CORPUS_ERRORS.listCutOff(list!, pending[0]!));
  return { text, headlines: [...byId.values()] };
}
