import { escapeHtml, MESSAGE_LIMIT, packBlocks, visibleLength } from "../format/html.js";
import type { StoredItem } from "../store/types.js";
import { webLink } from "../format/web-link.js";
import { formatDay, formatDayMonth, formatTime } from "../time/format-date.js";
import { readerList } from "./compose-push.js";
import type { DeliveryTexts } from "./texts.js";
import { isoDate, localParts } from "../time/zoned-time.js";

/** Room kept under Telegram's limit for the part label added after packing. */
const PACK_LIMIT = MESSAGE_LIMIT - 96;

interface Entry {
  title: string;
  tag: string | null;
  url: string | null;
  at: number;
  list: string;
}

/** A new article's sections arrive as several items; the digest lists the article once. */
function toEntries(items: readonly StoredItem[], texts: DeliveryTexts): Entry[] {
  const articles = new Set<string>();
  const entries: Entry[] = [];
  for (const item of items) {
    if (item.kind === "section") {
      const key = item.articleId ?? item.article ?? item.title;
      if (articles.has(key)) continue;
      articles.add(key);
    }
    const published = Date.parse(item.publishedAt);
    entries.push({
      title: item.kind === "section" ? (item.article ?? item.title) : item.title,
      tag: item.tag,
      url: webLink(item.url),
      at: Number.isNaN(published) ? item.seenAt : published,
      list: readerList(item, texts) ?? texts.otherList,
    });
  }
  return entries.sort((a, b) => b.at - a.at);
}

function entryLine(entry: Entry, today: string, zone: string, locale: string): string {
  const sameDay = isoDate(localParts(entry.at, zone)) === today;
  const time = formatTime(entry.at, zone, locale);
  const when = sameDay ? time : `${formatDayMonth(entry.at, zone, locale)} ${time}`;
  const title = entry.url
    ? `<a href="${escapeHtml(entry.url)}">${escapeHtml(entry.title)}</a>`
    : escapeHtml(entry.title);
  return `• ${escapeHtml(when)} ${title}` + (entry.tag ? ` · <i>${escapeHtml(entry.tag)}</i>` : "");
}

/** A group as blocks of whole lines, each under the limit and headed by the group's name, so no entry is cut. */
function groupBlocks(name: string, lines: readonly string[]): string[] {
  const header = `<b>${escapeHtml(name)}</b>`;
  const blocks: string[] = [];
  let current = header;
  for (const line of lines) {
    const candidate = current + "\n" + line;
    if (visibleLength(candidate) > PACK_LIMIT && current !== header) {
      blocks.push(current);
      current = header + "\n" + line;
    } else current = candidate;
  }
  blocks.push(current);
  return blocks;
}

/**
 * A reader's daily digest: the items since their last digest, newest first, grouped by feed (or rubric; a
 * page's own lists stay internal, their headlines are "More news"),
 * times in the reader's zone and words in their language, split into messages under Telegram's limit. No items, no messages.
 */
export function composeDigest(
  items: readonly StoredItem[],
  options: { timezone: string; at: number; texts: DeliveryTexts },
): string[] {
  const { texts } = options;
  const entries = toEntries(items, texts);
  if (entries.length === 0) return [];
  const zone = options.timezone;
  const today = isoDate(localParts(options.at, zone));

  const groups = new Map<string, string[]>();
  for (const entry of entries) {
    const lines = groups.get(entry.list) ?? [];
    lines.push(entryLine(entry, today, zone, texts.locale));
    groups.set(entry.list, lines);
  }
  const title =
    `<b>${escapeHtml(texts.digestTitle(formatDay(options.at, zone, texts.locale)))}</b>\n` +
    escapeHtml(texts.digestCount(entries.length));
  // Map keeps insertion order, and entries are newest first: the group with the newest headline leads.
  const blocks = [title, ...[...groups].flatMap(([name, lines]) => groupBlocks(name, lines))];
  const messages = packBlocks(blocks, PACK_LIMIT);
  if (messages.length === 1) return messages;
  return messages.map((message, index) =>
    index === 0 ? message : `<i>${escapeHtml(texts.digestPart(index + 1, messages.length))}</i>\n\n${message}`,
  );
}
