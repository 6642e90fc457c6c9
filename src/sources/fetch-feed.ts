import { FEED_ERRORS } from "./texts.js";
import { decodeBody, describeFailure, FetchError, readLimited } from "./http-body.js";

export interface FetchFeedOptions {
  fetch: typeof fetch;
  /** The validators from the last good answer, sent back so an unchanged feed costs a 304. */
  etag: string | null;
  lastModified: string | null;
  timeoutMs: number;
  maxBytes: number;
  /** Aborted when the poller stops. */
  signal: AbortSignal;
  userAgent: string;
  accept: string;
}

export type FeedResponse =
  | { kind: "not-modified"; etag: string | null; lastModified: string | null }
  | { kind: "fetched"; body: string; etag: string | null; lastModified: string | null };

/** One conditional GET of a feed, bounded in time and size. Throws FetchError with the reason. */
export async function fetchFeed(url: string, options: FetchFeedOptions): Promise<FeedResponse> {
  const timeout = AbortSignal.timeout(options.timeoutMs);
  const headers: Record<string, string> = { accept: options.accept, "user-agent": options.userAgent };
  if (options.etag) headers["if-none-match"] = options.etag;
  if (options.lastModified) headers["if-modified-since"] = options.lastModified;
  try {
    const response = await options.fetch(url, { headers, signal: AbortSignal.any([timeout, options.signal]) });
    const etag = response.headers.get("etag");
    const lastModified = response.headers.get("last-modified");
    if (response.status === 304) {
      await response.body?.cancel();
      return { kind: "not-modified", etag, lastModified };
    }
    if (!response.ok) {
      await response.body?.cancel();
      throw new FetchError(FEED_ERRORS.http(response.status, response.statusText));
    }
    const bytes = await readLimited(response, options.maxBytes);
    return { kind: "fetched", body: decodeBody(bytes, response.headers.get("content-type")), etag, lastModified };
  } catch (error) {
    throw describeFailure(error, timeout, options.signal, options.timeoutMs);
  }
}
