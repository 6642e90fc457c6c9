import { MalformedError, parseFeed } from "feedsmith";
import type { AnyFeed, AtomFeed } from "feedsmith";
import type { Article, LanguageCode } from "../corpus/types.js";
import { languageOfLine, languageOfTag } from "../corpus/page-language.js";
import type { SourceItem } from "../core/items.js";
import { feedArticle, feedStoryKey } from "./feed-article.js";
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

/** One entry of a feed: the headline item it is ingested as, and the article when the feed carries it in full. */
export interface ParsedStory {
  /** See feedStoryKey. */
  storyKey: string;
  /** A headline; its articleId names the article when there is one. */
  item: SourceItem;
  article: Article | null;
  /** The feed's declared language, else the entry's own from its title and description. */
  language: LanguageCode;
}

export interface ParsedFeed {
  /** The feed's own title: the list its items are filed under. */
  title: string;
  items: SourceItem[];
  stories: ParsedStory[];
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
  /** Whether the description came from a summary of its own rather than from the full text. */
  summarized: boolean;
  /** The full text as HTML, when the entry carries it. */
  content: string | null;
  author: string | null;
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

/** Atom content as HTML: markup as it is, plain text escaped so that it reads the same. */
function atomHtml(content: AtomFeed.Content | undefined): string | null {
  const value = content?.value?.trim();
  if (!value) return null;
  if (content?.type?.includes("html")) return value;
  return textToLines(value)
    .map((line) => `<p>${line.replace(/&/g, "&amp;").replace(/</g, "&lt;")}</p>`)
    .join("");
}

/** The fields RSS 2.0 and RSS 1.0 (RDF) items share, as far as headlines need them. */
interface RssLikeItem {
  title?: string;
  link?: string;
  description?: string;
  content?: { encoded?: string };
  guid?: { value?: string; isPermaLink?: boolean };
  pubDate?: string;
  dc?: { dates?: string[]; creators?: string[] };
}

function rssEntries(items: readonly RssLikeItem[], base: string): RawEntry[] {
  return items.map((item) => {
    const permalink = item.guid?.isPermaLink !== false ? item.guid?.value : undefined;
    return {
      title: plainLine(item.title),
      description: htmlToLines(item.description ?? item.content?.encoded ?? ""),
      summarized: Boolean(item.description?.trim()),
      content: item.content?.encoded?.trim() || null,
      author: item.dc?.creators?.[0]?.trim() || null,
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
      summarized: summary.length > 0,
      content: atomHtml(entry.content),
      author: entry.authors?.[0]?.name?.trim() || null,
      link: webLink(alternate?.href, base),
      date: entry.published ?? entry.updated ?? entry.dc?.dates?.[0],
    };
  });
}

function toStory(entry: RawEntry, list: string, declared: LanguageCode | null, options: ParseFeedOptions): ParsedStory | null {
  const lines = [...entry.description];
  const line = entry.title ?? lines.shift();
  if (!line) return null;
  const title = shorten(line, options.maxTitleLength);
  const firstLine = lines[0];
  const subtitle = firstLine && firstLine.toLowerCase() !== title.toLowerCase() ? shorten(firstLine, options.maxSubtitleLength) : null;
  const publishedAt = normalizeFeedDate(entry.date, options.foundAt) ?? isoWithOffset(options.foundAt.getTime(), 0);
  const storyKey = feedStoryKey(entry.link, title);
  const language = declared ?? languageOfLine([title, ...lines].join(" "));
  const article = entry.content
    ? feedArticle({
        storyKey,
        title,
        subtitle: entry.summarized ? subtitle : null,
        author: entry.author,
        list,
        url: entry.link,
        publishedAt,
        html: entry.content,
        language,
      })
    : null;
  const item: SourceItem = {
    kind: "headline",
    title,
    article: null,
    tag: null,
    subtitle,
    list,
    url: entry.link,
    publishedAt,
    articleId: article?.id ?? null,
    sectionIndex: null,
  };
  return { storyKey, item, article, language };
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
  let declared: LanguageCode | null = null;
  switch (parsed.format) {
    case "rss":
    case "rdf":
      title = plainLine(parsed.feed.title);
      entries = rssEntries(parsed.feed.items ?? [], base);
      // RSS 2.0's <language> (RSS 1.0 says it in dc:language).
      declared = languageOfTag("language" in parsed.feed ? parsed.feed.language : parsed.feed.dc?.languages?.[0]);
      break;
    case "atom":
      title = atomText(parsed.feed.title).join(" ") || null;
      entries = atomEntries(parsed.feed.entries ?? [], base);
      break;
    default:
      throw new FeedParseError(FEED_ERRORS.unsupportedFormat(parsed.format.toUpperCase()));
  }
  const list = feedName(title, options.feedUrl);
  const stories = entries.map((entry) => toStory(entry, list, declared, options)).filter((story): story is ParsedStory => story !== null);
  return { title: list, items: stories.map((story) => story.item), stories };
}
