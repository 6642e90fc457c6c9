import { isArticleItem } from "../core/items.js";
import type { SourceItem } from "../core/items.js";

/** Query parameters that only track a click and never change the page. */
const TRACKING_PARAM = /^(utm_.*|fbclid|gclid|yclid|mc_cid|mc_eid)$/i;

/** A title reduced to what makes two copies of one story equal: case, quotes, punctuation and spacing removed. */
export function normalizeTitle(title: string): string {
  return title
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[\p{P}\p{S}]+/gu, " ")
    .replace(/\s+/g, " ")
    .trim();
}

/**
 * A link reduced to the page it points at: no scheme, no "www.", no fragment, no tracking parameters,
 * no trailing slash, remaining parameters sorted. Null for text that is not an absolute URL.
 */
export function canonicalLink(link: string): string | null {
  let url: URL;
  try {
    url = new URL(link.trim());
  } catch {
    return null;
  }
  const params = [...url.searchParams.entries()]
    .filter(([name]) => !TRACKING_PARAM.test(name))
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const query = params.length > 0 ? "?" + new URLSearchParams(params).toString() : "";
  const host = url.host.toLowerCase().replace(/^www\./, "");
  const path = url.pathname.replace(/\/+$/, "");
  return host + path + query;
}

export interface StoryKeys {
  titleKey: string;
  linkKey: string | null;
  /** The title key an article's first section had before articles were keyed as stories: rows stored then still match. */
  formerTitleKey: string | null;
}

/**
 * The keys under which an item is one story. An article (its first section) is keyed as a headline of its
 * title and link, so that the same story from a feed and from a page is one item. Other sections are keyed
 * within their article, so that two articles' "Background" sections stay apart and the sections of one
 * article don't share its link.
 */
export function storyKeys(item: SourceItem): StoryKeys {
  const link = item.url ? canonicalLink(item.url) : null;
  const sectionKey = "s:" + normalizeTitle(item.article ?? "") + "|" + normalizeTitle(item.title);
  if (item.kind === "headline" || isArticleItem(item)) {
    const title = item.kind === "headline" ? item.title : (item.article ?? item.title);
    return { titleKey: "h:" + normalizeTitle(title), linkKey: link ? "h:" + link : null, formerTitleKey: item.kind === "headline" ? null : sectionKey };
  }
  const heading = normalizeTitle(item.title);
  return { titleKey: sectionKey, linkKey: link ? "s:" + link + "|" + heading : null, formerTitleKey: null };
}
