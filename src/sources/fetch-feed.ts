import { FEED_ERRORS } from "./texts.js";

/** A feed that could not be fetched; the message is what /stats shows. */
class FeedFetchError extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = "FeedFetchError";
  }
}

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

/** The charset the server declares, or else the one the XML declaration names; UTF-8 when neither does. */
function charsetOf(contentType: string | null, head: Uint8Array): string {
  const declared = /charset\s*=\s*"?([\w.:-]+)/i.exec(contentType ?? "")?.[1];
  if (declared) return declared;
  const prolog = new TextDecoder("latin1").decode(head.subarray(0, 256));
  return /^\s*<\?xml[^>]*\bencoding\s*=\s*["']([\w.:-]+)["']/i.exec(prolog)?.[1] ?? "utf-8";
}

function decode(bytes: Uint8Array, contentType: string | null): string {
  try {
    return new TextDecoder(charsetOf(contentType, bytes)).decode(bytes);
  } catch {
    return new TextDecoder("utf-8").decode(bytes);
  }
}

/** Reads the body up to the limit; a larger one is refused unread rather than held in memory. */
async function readLimited(response: Response, maxBytes: number): Promise<Uint8Array> {
  const declared = Number(response.headers.get("content-length"));
  if (declared > maxBytes) {
    await response.body?.cancel();
    throw new FeedFetchError(FEED_ERRORS.tooLarge(maxBytes));
  }
  if (!response.body) return new Uint8Array();
  const chunks: Uint8Array[] = [];
  let total = 0;
  const reader = response.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel();
      throw new FeedFetchError(FEED_ERRORS.tooLarge(maxBytes));
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks, total);
}

function describeFailure(error: unknown, timeout: AbortSignal, stop: AbortSignal, timeoutMs: number): FeedFetchError {
  if (error instanceof FeedFetchError) return error;
  if (stop.aborted) return new FeedFetchError(FEED_ERRORS.stopped);
  if (timeout.aborted) return new FeedFetchError(FEED_ERRORS.timeout(timeoutMs));
  const cause = (error as { cause?: { code?: unknown; message?: unknown } } | null)?.cause;
  const detail = typeof cause?.code === "string" ? cause.code : typeof cause?.message === "string" ? cause.message : String((error as Error)?.message ?? error);
  return new FeedFetchError(FEED_ERRORS.network(detail));
}

/** One conditional GET of a feed, bounded in time and size. Throws FeedFetchError with the reason. */
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
      throw new FeedFetchError(FEED_ERRORS.http(response.status, response.statusText));
    }
    const bytes = await readLimited(response, options.maxBytes);
    return { kind: "fetched", body: decode(bytes, response.headers.get("content-type")), etag, lastModified };
  } catch (error) {
    throw describeFailure(error, timeout, options.signal, options.timeoutMs);
  }
}
