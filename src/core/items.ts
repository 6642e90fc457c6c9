/** What a source finds and remembers: shared by the sources that find items, the store and delivery. */

/** Something new that a source found: a headline, or a section of a new article. */
export interface SourceItem {
  kind: "headline" | "section";
  /** The headline's title, or the section's heading (the article's title for a lead). */
  title: string;
  /** The article's title, for sections. */
  article: string | null;
  tag: string | null;
  subtitle: string | null;
  /** The list or feed it was found in, such as "Latest news", or the article's category. */
  list: string;
  url: string | null;
  /** ISO 8601 with offset; the time it was found when the source gives none. */
  publishedAt: string;
  /** For sections: where the section lives in the search corpus. */
  articleId: string | null;
  sectionIndex: number | null;
}

/** What a source remembers between polls (conditional requests, backoff, and what /stats shows). */
export interface SourceState {
  etag: string | null;
  lastModified: string | null;
  lastPollAt: string | null;
  lastSuccessAt: string | null;
  lastError: string | null;
  failures: number;
  nextPollAt: string | null;
}

/**
 * Whether an item stands for a whole new article: the item of its first section. An article's other
 * sections reach only the readers who follow them; this one is pushed like a headline.
 */
export function isArticleItem(item: Pick<SourceItem, "kind" | "sectionIndex">): boolean {
  return item.kind === "section" && item.sectionIndex === 0;
}
