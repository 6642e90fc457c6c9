import { parseMachineDate } from "../dates.js";
import { absoluteUrl } from "./absolute-url.js";
import { all, type HtmlDocument, visibleText } from "./dom.js";
import { readMicrodataArticle } from "./microdata.js";

/** What a page says of itself in its metadata; every field null when the page does not say it. */
export interface PageMetadata {
  title: string | null;
  /** A second headline the page declares as such (alternativeHeadline in JSON-LD or microdata). */
  subtitle: string | null;
  /** The page's summary (og:description, description): a standfirst, or the lead's first words. */
  description: string | null;
  author: string | null;
  publishedAt: string | null;
  category: string | null;
  url: string | null;
  /** The language tag the page declares (JSON-LD inLanguage, `<html lang>`, og:locale), as written. */
  language: string | null;
  /** The page declares itself an article (JSON-LD or microdata NewsArticle and kin, og:type article). */
  declaresArticle: boolean;
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

const ARTICLE_TYPE = /^(?:\w*Article|BlogPosting|LiveBlogPosting|Report)$/;

const isObject = (value: Json | undefined): value is JsonObject => typeof value === "object" && value !== null && !Array.isArray(value);
const asArray = (value: Json | undefined): Json[] => (value === undefined || value === null ? [] : Array.isArray(value) ? value : [value]);
const clean = (text: string | null | undefined): string | null => text?.replace(/\s+/g, " ").trim() || null;

/** A JSON-LD value as text: a string, or the name (or @id) of an object; lists joined. */
function jsonText(value: Json | undefined): string | null {
  const texts = asArray(value)
    .map((item) => (typeof item === "string" ? item : isObject(item) ? (jsonText(item.name) ?? jsonText(item["@id"])) : null))
    .filter((text): text is string => Boolean(text?.trim()));
  return clean(texts.join(", "));
}

/** Every object of the page's JSON-LD blocks, @graph and lists unfolded; a block that is not JSON is passed over. */
function jsonLdObjects(document: HtmlDocument): JsonObject[] {
  const objects: JsonObject[] = [];
  const visit = (value: Json) => {
    for (const item of asArray(value)) {
      if (!isObject(item)) continue;
      objects.push(item);
      if (item["@graph"] !== undefined) visit(item["@graph"]);
    }
  };
  for (const script of all(document, 'script[type="application/ld+json"]')) {
    try {
      visit(JSON.parse(script.textContent ?? "") as Json);
    } catch {
      // A broken block is the page's mistake: the other metadata still describes it.
    }
  }
  return objects;
}

function jsonLdArticle(document: HtmlDocument): JsonObject | null {
  const isArticle = (object: JsonObject) => asArray(object["@type"]).some((type) => typeof type === "string" && ARTICLE_TYPE.test(type));
  return jsonLdObjects(document).find(isArticle) ?? null;
}

function metaContent(document: HtmlDocument, ...keys: string[]): string | null {
  for (const key of keys) {
    const element = document.querySelector(`meta[property="${key}"], meta[name="${key}"], meta[itemprop="${key}"]`);
    const content = clean(element?.getAttribute("content"));
    if (content) return content;
  }
  return null;
}

/** A title without the site's name the page appends to it ("… | Caliber.Az"). */
function withoutSiteName(title: string | null, siteName: string | null): string | null {
  if (!title || !siteName) return title;
  const escaped = siteName.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return clean(title.replace(new RegExp(`\\s+[|–—-]\\s+${escaped}\\s*$`, "i"), "")) ?? title;
}

const notAddress = (text: string | null) => (text && !/^https?:\/\//i.test(text) ? text : null);

/**
 * Reads the page's metadata: JSON-LD first, then microdata, then the Open Graph and article tags, then `<time>` and
 * the canonical link.
 */
export function readPageMetadata(document: HtmlDocument, timezone: string, pageUrl: string | null): PageMetadata {
  const ld = jsonLdArticle(document);
  const micro = readMicrodataArticle(document);
  const siteName = metaContent(document, "og:site_name") ?? jsonText(ld?.publisher);
  const firstDate = (...candidates: Array<string | null | undefined>) => {
    for (const candidate of candidates) {
      const date = candidate ? parseMachineDate(candidate, timezone) : null;
      if (date) return date;
    }
    return null;
  };
  const timeElement = document.querySelector("article time[datetime], time[datetime]");
  const canonical = document.querySelector('link[rel="canonical"]')?.getAttribute("href") ?? null;
  return {
    title: withoutSiteName(jsonText(ld?.headline) ?? micro?.headline ?? metaContent(document, "og:title", "twitter:title"), siteName),
    subtitle: jsonText(ld?.alternativeHeadline) ?? micro?.alternativeHeadline ?? null,
    description: jsonText(ld?.description) ?? metaContent(document, "og:description", "description", "twitter:description"),
    author: jsonText(ld?.author) ?? notAddress(micro?.author ?? null) ?? notAddress(metaContent(document, "author", "article:author", "byl")),
    publishedAt: firstDate(
      jsonText(ld?.datePublished),
      micro?.datePublished,
      metaContent(document, "article:published_time", "datePublished", "pubdate"),
      timeElement?.getAttribute("datetime"),
    ),
    category: jsonText(ld?.articleSection) ?? micro?.articleSection ?? metaContent(document, "article:section"),
    url:
      absoluteUrl(canonical, pageUrl) ??
      absoluteUrl(metaContent(document, "og:url"), pageUrl) ??
      absoluteUrl(jsonText(ld?.url) ?? jsonText(ld?.mainEntityOfPage), pageUrl) ??
      absoluteUrl(pageUrl, null),
    language:
      jsonText(ld?.inLanguage) ??
      clean(document.documentElement?.getAttribute("lang")) ??
      metaContent(document, "og:locale", "language", "content-language"),
    declaresArticle: ld !== null || micro !== null || metaContent(document, "og:type")?.toLowerCase() === "article",
  };
}

/** The page's visible main heading, the fallback when its metadata names no title. */
export function visibleHeading(document: HtmlDocument): string | null {
  return clean(visibleText(document.querySelector("article h1, main h1, h1")));
}
