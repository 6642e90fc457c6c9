/** What the parser knows of the site's page format, in one place. */
export const PAGE_FORMAT = Object.freeze({
  /** Lines of site chrome that are never content. Compared case-insensitively, whole line. */
  chromeLines: Object.freeze([
    "subscribe to our telegram channel",
    "all news",
    "share",
    "print",
    "advertisement",
  ]),
  /** Headings that start a list of headlines; the list is named by the heading as written. */
  listHeadings: Object.freeze(["read also", "latest news", "most read", "related news", "more news"]),
  /** Tags the site appends to a headline's title (the site spells Opinion "Opionion"). */
  headlineTags: Object.freeze(["UPDATED", "Opionion", "Opinion", "VIDEO", "PHOTO", "EXCLUSIVE", "INTERVIEW", "LIVE"]),
  /** A section heading is a short line without closing punctuation, followed by a paragraph. */
  maxHeadingWords: 14,
  maxHeadingLength: 120,
  /** Past this share of unreadable characters a file is taken for binary. */
  maxBinaryShare: 0.01,
  maxFileBytes: 5 * 1024 * 1024,
});

export const MONTHS = Object.freeze([
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
]);
