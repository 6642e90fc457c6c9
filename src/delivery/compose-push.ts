import { escapeHtml } from "../format/html.js";
import { isArticleItem } from "../core/items.js";
import { webLink } from "../format/web-link.js";
import { CORPUS_SOURCE_ID } from "../sources/corpus-watcher.js";
import { CORPUS_TEXTS } from "../sources/texts.js";
import type { OutboxButton, StoredItem } from "../store/types.js";
import { formatDateTime } from "../time/format-date.js";
import type { DeliveryTexts } from "./texts.js";

export interface ComposedMessage {
  /** Telegram HTML. */
  text: string;
  buttons: OutboxButton[];
  /** The item's entry when it goes in one message with the reader's other waiting pushes (Telegram HTML). */
  entry: string;
}

const headlineOf = (item: StoredItem): string => (item.kind === "section" ? (item.article ?? item.title) : item.title);

/** A section of a new article other than the one that stands for the article: under which heading. */
const sectionNote = (item: StoredItem, texts: DeliveryTexts): string | null =>
  item.kind === "section" && !isArticleItem(item) ? texts.section(item.title) : null;

/**
 * The item as one entry of a list: the headline linked to the site (bold when there is no link) with its tag,
 * then what it is, its date in the reader's zone and its list, and the follow that brought it.
 */
function composeEntry(item: StoredItem, timezone: string, followQuery: string | null, texts: DeliveryTexts): string {
  const link = webLink(item.url);
  const title = escapeHtml(headlineOf(item));
  const lines = [
    (link ? `<a href="${escapeHtml(link)}">${title}</a>` : `<b>${title}</b>`) +
      (item.tag ? ` · <i>${escapeHtml(item.tag)}</i>` : ""),
  ];
  const details = [sectionNote(item, texts), formatDateTime(item.publishedAt, timezone, texts.locale), readerList(item, texts)].filter(Boolean);
  if (details.length > 0) lines.push(escapeHtml(details.join(" · ")));
  if (followQuery) lines.push(`<i>${escapeHtml(texts.followNote(followQuery))}</i>`);
  return lines.join("\n");
}

/**
 * Where an item was filed, when that means something to a reader: a feed's name or an article's rubric.
 * The lists of a page ("Latest news", "Read also") are how the page is laid out, and stay internal.
 */
export function readerList(item: StoredItem, texts: DeliveryTexts): string | null {
  if (item.source === CORPUS_SOURCE_ID && item.kind === "headline") return null;
  // An article with no rubric is filed under our own English name; the reader sees it in their language.
  if (item.source === CORPUS_SOURCE_ID && item.list === CORPUS_TEXTS.uncategorized) return texts.articlesList;
  return item.list.trim() || null;
}

/**
 * One pushed item: the headline in bold with its tag, the subtitle, the date in the reader's zone and the
 * list it came from, a link to the site, and an Explain button when an article explains it (`explainable`: a
 * button that can only say "nothing" is not offered). A new article is pushed the same way (its subtitle, or
 * else its first sentence); another section of it shows the article's title and the section's heading.
 * `followQuery` tells the reader why a followed story came. The entry says the same in a few lines, for a
 * message that lists several items. Its own words and dates are in the reader's language (`texts`); the headline
 * keeps its own.
 */
export function composePush(
  item: StoredItem,
  options: { timezone: string; followQuery?: string | null; explainable: boolean; texts: DeliveryTexts },
): ComposedMessage {
  const { texts } = options;
  const followQuery = options.followQuery ?? null;
  const lines: string[] = [];
  lines.push(`<b>${escapeHtml(headlineOf(item))}</b>` + (item.tag ? ` · <i>${escapeHtml(item.tag)}</i>` : ""));
  const note = sectionNote(item, texts);
  if (note) lines.push(escapeHtml(note));
  if (item.subtitle) lines.push(`<i>${escapeHtml(item.subtitle)}</i>`);
  const date = formatDateTime(item.publishedAt, options.timezone, texts.locale);
  lines.push(escapeHtml([date, readerList(item, texts)].filter(Boolean).join(" · ")));
  const link = webLink(item.url);
  if (link) lines.push(`<a href="${escapeHtml(link)}">${escapeHtml(texts.readLink)}</a>`);
  if (followQuery) lines.push(`<i>${escapeHtml(texts.followNote(followQuery))}</i>`);
  return {
    text: lines.join("\n"),
    buttons: options.explainable ? [{ kind: "explain", itemId: item.id }] : [],
    entry: composeEntry(item, options.timezone, followQuery, texts),
  };
}
