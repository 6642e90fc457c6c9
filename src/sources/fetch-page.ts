import { decodeBody, describeFailure, FetchError, readLimited } from "./http-body.js";
import { FEED_ERRORS } from "./texts.js";

export interface FetchPageOptions {
  fetch: typeof fetch;
  etag: string | null;
  lastModified: string | null;
  /** The whole request's time, every redirect and the body included. */
  timeoutMs: number;
  maxBytes: number;
  maxRedirects: number;
  /** Aborted when the fetcher stops. */
  signal: AbortSignal;
  userAgent: string;
  accept: string;
  /** Refuses (throws FetchError) an address that may not be fetched; asked again at every redirect. */
  checkAddress: (url: URL) => Promise<void>;
}

export type PageResponse =
  | { kind: "not-modified"; etag: string | null; lastModified: string | null }
  | { kind: "fetched"; body: string; url: string; etag: string | null; lastModified: string | null }
  | { kind: "missing"; status: number };

const REDIRECTS = new Set([301, 302, 303, 307, 308]);

/**
 * One conditional GET of a page, bounded in time, size and redirects. Redirects are followed by hand so
 * that each hop is http(s) and its address is checked again: a public page cannot redirect into the
 * private network. A 404 or 410 is told apart (the page is gone, not failing); other errors throw FetchError.
 */
export async function fetchPage(address: string, options: FetchPageOptions): Promise<PageResponse> {
  const timeout = AbortSignal.timeout(options.timeoutMs);
  const signal = AbortSignal.any([timeout, options.signal]);
  const headers: Record<string, string> = { accept: options.accept, "user-agent": options.userAgent };
  if (options.etag) headers["if-none-match"] = options.etag;
  if (options.lastModified) headers["if-modified-since"] = options.lastModified;
  try {
    let url = new URL(address);
    for (let hop = 0; ; hop++) {
      if (url.protocol !== "http:" && url.protocol !== "https:") throw new FetchError(FEED_ERRORS.notWeb(url.protocol));
      await options.checkAddress(url);
      const response = await options.fetch(url, { headers, signal, redirect: "manual" });
      if (REDIRECTS.has(response.status)) {
        await response.body?.cancel();
        const location = response.headers.get("location");
        if (!location) throw new FetchError(FEED_ERRORS.redirectWithoutLocation(response.status));
        if (hop >= options.maxRedirects) throw new FetchError(FEED_ERRORS.tooManyRedirects(options.maxRedirects));
        url = new URL(location, url);
        continue;
      }
      const etag = response.headers.get("etag");
      const lastModified = response.headers.get("last-modified");
      if (response.status === 304) {
        await response.body?.cancel();
        return { kind: "not-modified", etag, lastModified };
      }
      if (response.status === 404 || response.status === 410) {
        await response.body?.cancel();
        return { kind: "missing", status: response.status };
      }
      if (!response.ok) {
        await response.body?.cancel();
        throw new FetchError(FEED_ERRORS.http(response.status, response.statusText));
      }
      const bytes = await readLimited(response, options.maxBytes);
      return { kind: "fetched", body: decodeBody(bytes, response.headers.get("content-type")), url: url.href, etag, lastModified };
    }
  } catch (error) {
    throw describeFailure(error, timeout, options.signal, options.timeoutMs);
  }
}
