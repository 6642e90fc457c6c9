import { maskUrl, maskUrlsIn } from "../log/mask-urls.js";

/** The database as a log line or an error names it: its user part (and so its password) masked. */
export function describeDatabase(url: string): string {
  return maskUrl(url);
}

/** The password a URL carries, as written and decoded: either may turn up in a driver's message. */
function passwordsOf(url: string | undefined): string[] {
  if (!url) return [];
  try {
    const raw = new URL(url).password;
    return raw ? [...new Set([raw, decodeURIComponent(raw)])] : [];
  } catch {
    return [];
  }
}

/** An error's message with the URL's password and every URL's user part removed. */
export function safeMessage(error: unknown, url?: string): string {
  let text = error instanceof Error ? error.message : String(error);
  for (const password of passwordsOf(url)) text = text.split(password).join("***");
  return maskUrlsIn(text);
}

/**
 * An error of opening or using a connection, fit to log or to stop a start with: it names the database (masked)
 * and keeps the driver's code (ECONNREFUSED, 28P01…), but not the driver's error itself, which may hold the
 * connection's settings.
 */
export function connectionError(what: string, error: unknown, url?: string): Error & { code?: string } {
  const where = url ? ` (PostgreSQL at ${describeDatabase(url)})` : "";
  const safe: Error & { code?: string } = new Error(`${what}${where}: ${safeMessage(error, url)}`);
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === "string") safe.code = code;
  return safe;
}
