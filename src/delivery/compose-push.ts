import { escapeHtml } from "../format/html.js";
import { webLink } from "../format/web-link.js";
import type { OutboxButton, StoredItem } from "../store/types.js";
import { formatDateTime } from "../time/format-date.js";
import { DELIVERY_TEXTS } from "./texts.js";

export interface ComposedMessage {
  /** Telegram HTML. */
  text: string;
  buttons: OutboxButton[];
  /** The item's entry when it goes in one message with the reader's other waiting pushes (Telegram HTML). */
  entry: string;
}

const headlineOf = (item: StoredItem): string => (item.kind === "section" ? (item.article ?? item.title) : item.title);

/** What a section of a new article is: the article's lead, or a section under its heading. */
const sectionNote = (item: StoredItem): string | null => {
  if (item.kind !== "section") return null;
  return item.title === item.article ? DELIVERY_TEXTS.newArticle : DELIVERY_TEXTS.section(item.title);
};

/**
 * The item as one entry of a list: the headline linked to the site (bold when there is no link) with its tag,
 * then what it is, its date in the reader's zone and its list, and the follow that brought it.
 */
function composeEntry(item: StoredItem, timezone: string, followQuery: string | null): string {
  const link = webLink(item.url);
  const title = escapeHtml(headlineOf(item));
  const lines = [
    (link ? `<a href="${escapeHtml(link)}">${title}</a>` : `<b>${title}</b>`) +
      (item.tag ? ` · <i>${escapeHtml(item.tag)}</i>` : ""),
  ];
  const details = [sectionNote(item), formatDateTime(item.publishedAt, timezone), item.list].filter(Boolean);
  if (details.length > 0) lines.push(escapeHtml(details.join(" · ")));
  if (followQuery) lines.push(`<i>${escapeHtml(DELIVERY_TEXTS.followNote(followQuery))}</i>`);
  return lines.join("\n");
}

/**
 * One pushed item: the headline in bold with its tag, the subtitle, the date in the reader's zone and the
 * list it came from, a link to the site, and an Explain button. A section of a new article shows the
 * article's title and the section's heading. `followQuery` tells the reader why a followed story came. The
 * entry says the same in a few lines, for a message that lists several items.
 */
export function composePush(
  item: StoredItem,
  options: { timezone: string; followQuery?: string | null },
): ComposedMessage {
  const followQuery = options.followQuery ?? null;
  const lines: string[] = [];
  lines.push(`<b>${escapeHtml(headlineOf(item))}</b>` + (item.tag ? ` · <i>${escapeHtml(item.tag)}</i>` : ""));
  const note = sectionNote(item);
  if (note) lines.push(escapeHtml(note));
  if (item.subtitle) lines.push(`<i>${escapeHtml(item.subtitle)}</i>`);
  const date = formatDateTime(item.publishedAt, options.timezone);
  lines.push(escapeHtml([date, item.list].filter(Boolean).join(" · ")));
  const link = webLink(item.url);
  if (link) lines.push(`<a href="${escapeHtml(link)}">${escapeHtml(DELIVERY_TEXTS.readLink)}</a>`);
  if (followQuery) lines.push(`<i>${escapeHtml(DELIVERY_TEXTS.followNote(followQuery))}</i>`);
  return {
    text: lines.join("\n"),
    buttons: [{ kind: "explain", itemId: item.id }],
    entry: composeEntry(item, options.timezone, followQuery),
  };
}
