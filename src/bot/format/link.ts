import { escapeHtml } from "../../format/html.js";

/** A link in our own words to a corpus URL; nothing for a URL Telegram would refuse (only http and https). */
export function linkHtml(url: string | null, caption: string): string {
  if (!url) return "";
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== "http:" && parsed.protocol !== "https:") return "";
  } catch {
    return "";
  }
  return `<a href="${escapeHtml(url)}">${escapeHtml(caption)}</a>`;
}
