import type { Headline } from "./types.js";
import { parseSiteDate, SITE_DATE } from "./dates.js";
import { CORPUS_ERRORS, CorpusFileError } from "./errors.js";
import { headlineId, mergeHeadline, splitTag } from "./headlines.js";
import { isListHeading } from "./line-kinds.js";

/**
 * A page's lists of headlines, from a list heading on: each entry is a title, an optional subtitle line,
 * then a date line. An entry cut off before its date refuses the page, so a truncated file is noticed.
 */
export function parseLists(lines: readonly string[], timezone: string): Headline[] {
  const byId = new Map<string, Headline>();
  let list = lines[0]!;
  let pending: string[] = [];
  for (const line of lines) {
    if (isListHeading(line)) {
      if (pending.length > 0) throw new CorpusFileError(CORPUS_ERRORS.listCutOff(list, pending[0]!));
      list = line;
      continue;
    }
    if (!SITE_DATE.test(line)) {
      if (pending.length === 2) throw new CorpusFileError(CORPUS_ERRORS.listCutOff(list, pending[0]!));
      pending.push(line);
      continue;
    }
    const publishedAt = parseSiteDate(line, timezone)!;
    if (pending.length === 0) continue;
    const { title, tag } = splitTag(pending[0]!);
    mergeHeadline(byId, { id: headlineId(title, null), title, tag, subtitle: pending[1] ?? null, publishedAt, list, url: null });
    pending = [];
  }
  if (pending.length > 0) throw new CorpusFileError(CORPUS_ERRORS.listCutOff(list, pending[0]!));
  return [...byId.values()];
}
