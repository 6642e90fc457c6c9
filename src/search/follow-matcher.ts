import { languageOfLine } from "../corpus/page-language.js";
import { SEARCH_DEFAULTS, type SearchSettings } from "./defaults.js";
import { createSearchEngine } from "./engine.js";
import type { Language } from "./language.js";
import type { SearchEngine } from "./types.js";

/** Decides whether a new headline or section speaks of a story a reader follows. */
export type FollowMatcher = (query: string, text: string) => boolean;

/**
 * A follow names a story once and for all, and the stories come from many hands: a typo on either
 * side counts, even where the follow's word is spelled right ("corridor" finds "coridor").
 */
export const FOLLOW_SETTINGS: SearchSettings = { ...SEARCH_DEFAULTS, typoMinRarity: 0 };

/**
 * The same engine as questions, over the one text: typos, spellings and synonyms count alike, and
 * a reader's words are never taken as a pattern. A new item is checked against every follow in
 * turn, so the engine of the last text is kept for the next query.
 */
export function createFollowMatcher(language: Language): FollowMatcher {
  let last: { text: string; engine: SearchEngine } | null = null;
  return (query, text) => {
    if (last?.text !== text) {
      const headline = { id: "follow", title: text, tag: null, subtitle: null, publishedAt: "", list: "", url: null, language: languageOfLine(text) };
      last = { text, engine: createSearchEngine({ articles: [], headlines: [headline] }, { language, settings: FOLLOW_SETTINGS }) };
    }
    return last.engine.search(query, { limit: 1 }).length > 0;
  };
}
