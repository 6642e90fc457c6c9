import { MalformedError, parseFeed } from "feedsmith";
import type { AnyFeed, AtomFeed } from "feedsmith";
import type { SourceItem } from "./types.js";
import { FEED_ERRORS } from "./texts.js";
import { isoWithOffset } from "../time/zoned-time.js";
import { webLink } from "../format/web-link.js";
import { normalizeFeedDate } from "./iso-time.js";
import { htmlToLines, shorten, textToLines } from "./plain-text.js";

/** A feed that could be fetched but not read; the message is what /stats shows. */
export class FeedParseError extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = "FeedParseError";
  }
}

export interface ParsedFeed {
  /** The feed's own title: the list its items are filed under. */
  title: string;
  items: SourceItem[];
}

export interface ParseFeedOptions {
  /** Where the feed was fetched from: relative links resolve against it, and it names an untitled feed. */
  feedUrl: string;
  /** When the poll happened: the date of an item that gives none. */
  foundAt: Date;
  maxItems: number;
  maxTitleLength: number;
  maxSubtitleLength: number;
}

/** One entry, whatever the format, before it becomes an item. */
interface RawEntry {
  title: string | null;
  /** The description's lines, as plain text. */
  description: string[];
  link: string | null;
  date: string | undefined;
}

/** A readable line from a text that RSS leaves untyped: titles are often HTML in practice, so they are treated as HTML. */
function plainLine(html: string | undefined): string | null {
  const text = html ? htmlToLines(html).join(" ") : "";
  return text || null;
}

/** Atom says how its text is encoded: "html", "xhtml" (or a media type such as text/html) carry markup, "text" does not. */
function atomText(text: AtomFeed.Text | AtomFeed.Content | undefined): string[] {
  if (!text?.value) return [];
  return text.type?.includes("html") ? htmlToLines(text.value) : textToLines(text.value);
}

/** The fields RSS 2.0 and RSS 1.0 (RDF) items share, as far as headlines need them. */
interface RssLikeItem {
  title?: string;
  link?: string;
  description?: string;
  content?: { encoded?: string };
  guid?: { value?: string; isPermaLink?: boolean };
  pubDate?: string;
  dc?: { dates?: string[] };
}

function rssEntries(items: readonly RssLikeItem[], base: string): RawEntry[] {
  return items.map((item) => {
    const permalink = item.guid?.isPermaLink !== false ? item.guid?.value : undefined;
    return {
      title: plainLine(item.title),
      description: htmlToLines(item.description ?? item.content?.encoded ?? ""),
      link: webLink(item.link, base) ?? webLink(permalink, base),
      date: item.pubDate ?? item.dc?.dates?.[0],
    };
  });
}

function atomEntries(entries: ReadonlyArray<AtomFeed.Entry<string>>, base: string): RawEntry[] {
  return entries.map((entry) => {
    const alternate = entry.links?.find((link) => !link.rel || link.rel === "alternate");
    const summary = atomText(entry.summary);
    return {
      title: atomText(entry.title).join(" ") || null,
      description: summary.length > 0 ? summary : atomText(entry.content),
      link: webLink(alternate?.href, base),
      date: entry.published ?? entry.updated ?? entry.dc?.dates?.[0],
    };
  });
}

function toItem(entry: RawEntry, list: string, options: ParseFeedOptions): SourceItem | null {
  const lines = [...entry.description];
  const line = entry.title ?? lines.shift();
  if (!line) return null;
  const title = shorten(line, options.maxTitleLength);
  const firstLine = lines[0];
  const subtitle = firstLine && firstLine.toLowerCase() !== title.toLowerCase() ? shorten(firstLine, options.maxSubtitleLength) : null;
  return {
    kind: "headline",
    title,
    article: null,
    tag: null,
    subtitle,
    list,
    url: entry.link,
    publishedAt: normalizeFeedDate(entry.date, options.foundAt) ?? isoWithOffset(options.foundAt.getTime(), 0),
    articleId: null,
    sectionIndex: null,
  };
}

function feedName(title: string | null, feedUrl: string): string {
  if (title) return title;
  try {
    return new URL(feedUrl).hostname;
  } catch {
    return feedUrl;
  }
}

/** Reads an RSS (0.9x, 1.0, 2.0) or Atom document into headline items, newest as the feed orders them. */
export function parseFeedItems(xml: string, options: ParseFeedOptions): ParsedFeed {
  let parsed: AnyFeed<string>;
  try {
    parsed = parseFeed<string>(xml, { maxItems: options.maxItems });
  } catch (error) {
    throw new FeedParseError(error instanceof MalformedError ? FEED_ERRORS.malformed : FEED_ERRORS.notAFeed);
  }
  const base = options.feedUrl;
  let title: string | null;
  let entries: RawEntry[];
  switch (parsed.format) {
    case "rss":
    case "rdf":
      title = plainLine(parsed.feed.title);
      entries = rssEntries(parsed.feed.items ?? [], base);
      break;
    case "atom":
      title = atomText(parsed.feed.title).join(" ") || null;
      entries = atomEntries(parsed.feed.entries ?? [], base);
      break;
    default:
      throw new FeedParseError(FEED_ERRORS.unsupportedFormat(parsed.format.toUpperCase()));
  }
  const list = feedName(title, options.feedUrl);
  const items = entries.map((entry) => toItem(entry, list, options)).filter((item): item is SourceItem => item !== null);
  return { title: list, items };
}
