import { escapeHtml } from "../../format/html.js";
import { webLink } from "../../format/web-link.js";

/** A link in our own words to a corpus URL; nothing for a URL Telegram would refuse (only http and https). */
export function linkHtml(url: string | null, caption: string): string {
  const href = webLink(url);
  return href ? `<a href="${escapeHtml(href)}">${escapeHtml(caption)}</a>` : "";
}
