import { FEED_ERRORS } from "./texts.js";

/** A feed or a page that could not be fetched; the message is the reason, as /stats and the logs show it. */
export class FetchError extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = "FetchError";
  }
}

/**
 * The charset the server declares, or else the one the document names (an XML declaration, an HTML
 * meta charset); UTF-8 when none does.
 */
function charsetOf(contentType: string | null, head: Uint8Array): string {
  const declared = /charset\s*=\s*"?([\w.:-]+)/i.exec(contentType ?? "")?.[1];
  if (declared) return declared;
  const prolog = new TextDecoder("latin1").decode(head.subarray(0, 1024));
  return (
    /^\s*<\?xml[^>]*\bencoding\s*=\s*["']([\w.:-]+)["']/i.exec(prolog)?.[1] ??
    /<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/i.exec(prolog)?.[1] ??
    "utf-8"
  );
}

/** The body as text in its charset; UTF-8 when the charset is unknown to the decoder. */
export function decodeBody(bytes: Uint8Array, contentType: string | null): string {
  try {
    return new TextDecoder(charsetOf(contentType, bytes)).decode(bytes);
  } catch {
    return new TextDecoder("utf-8").decode(bytes);
  }
}

/** Reads the body up to the limit; a larger one is refused unread rather than held in memory. */
export async function readLimited(response: Response, maxBytes: number): Promise<Uint8Array> {
  const declared = Number(response.headers.get("content-length"));
  if (declared > maxBytes) {
    await response.body?.cancel();
    throw new FetchError(FEED_ERRORS.tooLarge(maxBytes));
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
      throw new FetchError(FEED_ERRORS.tooLarge(maxBytes));
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks, total);
}

/** Why a request failed, as one reason: our own refusal, the stop, the timeout, or the network's error code. */
export function describeFailure(error: unknown, timeout: AbortSignal, stop: AbortSignal, timeoutMs: number): FetchError {
  if (error instanceof FetchError) return error;
  if (stop.aborted) return new FetchError(FEED_ERRORS.stopped);
  if (timeout.aborted) return new FetchError(FEED_ERRORS.timeout(timeoutMs));
  const cause = (error as { cause?: { code?: unknown; message?: unknown } } | null)?.cause;
  const detail = typeof cause?.code === "string" ? cause.code : typeof cause?.message === "string" ? cause.message : String((error as Error)?.message ?? error);
  return new FetchError(FEED_ERRORS.network(detail));
}
