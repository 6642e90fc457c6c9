/**
 * A URL as logs show it: the user part and every query value masked, since either can hold a key or a
 * password; the path and the parameter names stay, so the page can still be told.
 */
export function maskUrl(url: string): string {
  try {
    const parsed = new URL(url);
    const masked = [...parsed.searchParams.keys()].map((name) => `${encodeURIComponent(name)}=***`).join("&");
    const user = parsed.username || parsed.password ? "***@" : "";
    return `${parsed.protocol}//${user}${parsed.host}${parsed.pathname}${masked ? `?${masked}` : ""}`;
  } catch {
    return "(invalid URL)";
  }
}
