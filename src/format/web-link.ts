/**
 * A link a reader may be sent to, as an absolute URL: only http and https, which Telegram accepts in
 * a link; null for anything else. `base` resolves a relative link, as feeds give them.
 */
export function webLink(href: string | null | undefined, base?: string): string | null {
  if (!href?.trim()) return null;
  try {
    const url = new URL(href.trim(), base);
    return url.protocol === "http:" || url.protocol === "https:" ? url.href : null;
  } catch {
    return null;
  }
}
