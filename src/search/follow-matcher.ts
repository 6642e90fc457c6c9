import { createSearchEngine } from "./engine.js";
import type { Language } from "./language.js";

/** Decides whether a new headline or section speaks of a story a reader follows. */
export type FollowMatcher = (query: string, text: string) => boolean;

/**
 * The same engine as questions, over the one text: typos, spellings and synonyms count alike, and
 * a reader's words are never taken as a pattern.
 */
export function createFollowMatcher(language: Language): FollowMatcher {
  return (query, text) => {
    const engine = createSearchEngine(
      { articles: [], headlines: [{ id: "follow", title: text, tag: null, subtitle: null, publishedAt: "", list: "", url: null }] },
      { language },
    );
    return engine.search(query, { limit: 1 }).length > 0;
  };
}
