import { escapeHtml } from "../format/html.js";
import { isArticleItem } from "../sources/article-item.js";
import { webLink } from "../format/web-link.js";
import type { OutboxButton, StoredItem } from "../store/types.js";
import { formatDateTime } from "../time/format-date.js";
import { DELIVERY_TEXTS } from "./texts.js";

export interface ComposedMessage {
  /** Telegram HTML. */
  text: string;
  buttons: OutboxButton[];
}

/**
 * One pushed item: the headline in bold with its tag, the subtitle, the date in the reader's zone and the
 * list it came from, a link to the site, and an Explain button. A new article is pushed the same way
 * (its subtitle, or else its first sentence); another section of it shows the article's title and the
 * section's heading. `followQuery` tells the reader why a followed story came.
 */
export function composePush(
  item: StoredItem,
  options: { timezone: string; followQuery?: string | null },
): ComposedMessage {
  const lines: string[] = [];
  const headline = item.kind === "section" ? (item.article ?? item.title) : item.title;
  lines.push(`<b>${escapeHtml(headline)}</b>` + (item.tag ? ` · <i>${escapeHtml(item.tag)}</i>` : ""));
  if (item.kind === "section" && !isArticleItem(item)) lines.push(escapeHtml(DELIVERY_TEXTS.section(item.title)));
  if (item.subtitle) lines.push(`<i>${escapeHtml(item.subtitle)}</i>`);
  const date = formatDateTime(item.publishedAt, options.timezone);
  lines.push(escapeHtml([date, item.list].filter(Boolean).join(" · ")));
  const link = webLink(item.url);
  if (link) lines.push(`<a href="${escapeHtml(link)}">${escapeHtml(DELIVERY_TEXTS.readLink)}</a>`);
  if (options.followQuery) lines.push(`<i>${escapeHtml(DELIVERY_TEXTS.followNote(options.followQuery))}</i>`);
  return { text: lines.join("\n"), buttons: [{ kind: "explain", itemId: item.id }] };
}
