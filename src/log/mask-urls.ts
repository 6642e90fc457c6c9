/** What stands in for a masked user part or query value. */
const MASK = "***";

/** The user part of a URL: whatever stands between the scheme's `//` and an `@` before the path. */
const USER_PART = /^([a-z][a-z0-9+.-]*:\/\/)[^/?#]*@/i;
/** A query value: from `=` to the next `&` or `#`. */
const QUERY_VALUE = /([?&][^=&#]*=)[^&#]*/g;

/**
 * A URL as logs and /stats show it: the user part (`user:password@`) and every query value masked,
 * the query's names kept so that an operator still sees which parameter a feed takes. Written on the
 * text rather than through `new URL`, so that a URL too broken to parse is masked all the same.
 */
export function maskUrl(url: string): string {
  const withoutUser = url.replace(USER_PART, `$1${MASK}@`);
  const queryAt = withoutUser.indexOf("?");
  if (queryAt < 0) return withoutUser;
  return withoutUser.slice(0, queryAt) + withoutUser.slice(queryAt).replace(QUERY_VALUE, `$1${MASK}`);
}

/**
 * A URL inside free text: an error message or a JSON log line. It ends at white space, a quote, a
 * bracket or a backslash (JSON escapes), which no URL holds unencoded.
 */
const URL_IN_TEXT = /\b[a-z][a-z0-9+.-]*:\/\/[^\s"'<>\\`{}[\]]+/gi;

/** Masks every URL in a text (see maskUrl): a log line, or an error kept for /stats. */
export function maskUrlsIn(text: string): string {
  return text.replace(URL_IN_TEXT, (url) => maskUrl(url));
}
