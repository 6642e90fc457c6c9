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

/** Where sources hand what they found; the store and the delivery fan-out stand behind it. */
export interface IngestPort {
  /**
   * Records one poll's items and returns those never seen before, already queued for delivery.
   * A source seen for the first time has its items recorded as seen and none returned: no flood on
   * first start. One story from two sources or two lists is one item (same normalized title, or same link).
   * It settles once the items are recorded; matching them against follows first may take a while.
   */
  ingest(source: string, items: readonly SourceItem[]): Promise<SourceItem[]>;
  getSourceState(source: string): SourceState | null;
  saveSourceState(source: string, state: SourceState): void;
}
