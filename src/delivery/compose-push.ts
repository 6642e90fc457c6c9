import { escapeHtml } from "../format/html.js";
import { isArticleItem } from "../sources/article-item.js";
import { webLink } from "../format/web-link.js";
import { CORPUS_SOURCE_ID } from "../sources/corpus-watcher.js";
import type { OutboxButton, StoredItem } from "../store/types.js";
import { formatDateTime } from "../time/format-date.js";
import { DELIVERY_TEXTS } from "./texts.js";

export interface ComposedMessage {
  /** Telegram HTML. */
  text: string;
  buttons: OutboxButton[];
}

/**
 * Where an item was filed, when that means something to a reader: a feed's name or an article's rubric.
 * The lists of a page ("Latest news", "Read also") are how the page is laid out, and stay internal.
 */
export function readerList(item: StoredItem): string | null {
  return item.source === CORPUS_SOURCE_ID && item.kind === "headline" ? null : item.list.trim() || null;
}

/**
 * One pushed item: the headline in bold with its tag, the subtitle, the date in the reader's zone and the
 * list it came from, a link to the site, and an Explain button when an article explains it (`explainable`: a
 * button that can only say "nothing" is not offered). A new article is pushed the same way (its subtitle, or
 * else its first sentence); another section of it shows the article's title and the section's heading.
 * `followQuery` tells the reader why a followed story came.
 */
export function composePush(
  item: StoredItem,
  options: { timezone: string; followQuery?: string | null; explainable: boolean },
): ComposedMessage {
  const lines: string[] = [];
  const headline = item.kind === "section" ? (item.article ?? item.title) : item.title;
  lines.push(`<b>${escapeHtml(headline)}</b>` + (item.tag ? ` · <i>${escapeHtml(item.tag)}</i>` : ""));
  if (item.kind === "section" && !isArticleItem(item)) lines.push(escapeHtml(DELIVERY_TEXTS.section(item.title)));
  if (item.subtitle) lines.push(`<i>${escapeHtml(item.subtitle)}</i>`);
  const date = formatDateTime(item.publishedAt, options.timezone);
  lines.push(escapeHtml([date, readerList(item)].filter(Boolean).join(" · ")));
  const link = webLink(item.url);
  if (link) lines.push(`<a href="${escapeHtml(link)}">${escapeHtml(DELIVERY_TEXTS.readLink)}</a>`);
  if (options.followQuery) lines.push(`<i>${escapeHtml(DELIVERY_TEXTS.followNote(options.followQuery))}</i>`);
  return { text: lines.join("\n"), buttons: options.explainable ? [{ kind: "explain", itemId: item.id }] : [] };
}
