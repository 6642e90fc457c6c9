import type { Headline } from "./types.js";
import { PAGE_FORMAT } from "./defaults.js";
import { normalizeTitle, stableId } from "./text.js";
import { memoizeText } from "./load-memo.js";

/** A headline listed on every page is hashed once per load. */
const titleId = memoizeText((title) => stableId("h", normalizeTitle(title), ""));

export function headlineId(title: string, url: string | null): string {
  return url === null ? titleId(title) : stableId("h", normalizeTitle(title), url);
}

/** Splits a trailing site tag ("UPDATED", "Opionion") off a headline's title. */
export function splitTag(line: string): { title: string; tag: string | null } {
  const match = /^(.*\S)\s+(\S+)$/.exec(line);
  if (match && PAGE_FORMAT.headlineTags.includes(match[2]!)) return { title: match[1]!, tag: match[2]! };
  return { title: line, tag: null };
}

/** A headline listed twice is kept once, with whatever either listing adds (a tag, a subtitle). */
export function mergeHeadline(byId: Map<string, Headline>, headline: Headline): void {
  const known = byId.get(headline.id);
  if (!known) byId.set(headline.id, headline);
  // Most listings add nothing: a new object only when one does, not one for each of a corpus's 450,000 listings.
  else if ((known.tag === null && headline.tag !== null) || (known.subtitle === null && headline.subtitle !== null))
    byId.set(headline.id, { ...known, tag: known.tag ?? headline.tag, subtitle: known.subtitle ?? headline.subtitle });
}
