function duration(ms: number): string {
  return ms < 1000 ? `${ms} ms` : `${Math.round(ms / 1000)} s`;
}

function size(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${Math.round(bytes / 1024 / 1024)} MB`;
  return bytes >= 1024 ? `${Math.round(bytes / 1024)} KB` : `${bytes} bytes`;
}

/** Why a feed poll failed, as kept in the source's state and shown to admins in /stats. */
export const FEED_ERRORS = Object.freeze({
  timeout: (ms: number) => `no answer within ${duration(ms)}`,
  network: (detail: string) => `network error: ${detail}`,
  http: (status: number, statusText: string) => `HTTP ${status}${statusText ? ` ${statusText}` : ""}`,
  tooLarge: (limitBytes: number) => `the feed is larger than ${size(limitBytes)}`,
  malformed: "malformed XML",
  notAFeed: "not an RSS or Atom feed",
  unsupportedFormat: (format: string) => `${format} feeds are not supported (RSS or Atom expected)`,
  stopped: "stopped",
  notWeb: (protocol: string) => `not a web address (${protocol})`,
  privateAddress: (host: string) => `${host} is on a private or loopback network`,
  tooManyRedirects: (limit: number) => `more than ${limit} redirects`,
  redirectWithoutLocation: (status: number) => `HTTP ${status} without a Location`,
  robotsDisallow: "robots.txt disallows it",
  robotsUnreadable: (reason: string) => `robots.txt could not be read: ${reason}`,
  noArticle: (reason: string) => `no article on the page: ${reason}`,
});

/** The list a section is filed under when its article has no category. */
export const CORPUS_TEXTS = Object.freeze({
  uncategorized: "Articles",
});

/** What the corpus source's state says of files the loader refused, as /stats shows it. */
export const CORPUS_ERRORS = Object.freeze({
  skipped: (files: ReadonlyArray<{ file: string; reason: string }>) =>
    `${files.length} file${files.length === 1 ? "" : "s"} skipped: ` +
    files
      .slice(0, 3)
      .map(({ file, reason }) => `${file} (${reason})`)
      .join("; ") +
    (files.length > 3 ? "; …" : ""),
});
