import type { Headline } from "../types.js";
import { parseMachineDate, parseSiteDate, SITE_DATE_IN_TEXT } from "../dates.js";
import { headlineId, mergeHeadline, splitTag } from "../headlines.js";
import { isChrome, isListHeading, isRubric } from "../line-kinds.js";
import { languageOfLine } from "../page-language.js";
import { absoluteUrl } from "./absolute-url.js";
import { all, type HtmlDocument, type HtmlElement, visibleText } from "./dom.js";

/** How far above a link its list item may be: a link, its title wrapper, the item. */
const MAX_ITEM_DEPTH = 3;
/** How far above an item its list's heading is looked for. */
const MAX_LIST_DEPTH = 5;
const FALLBACK_LIST = "Links";
const MAX_SUBTITLE_LENGTH = 160;

const linkCount = (element: HtmlElement) => all(element, "a[href]").filter((a) => visibleText(a).length > 0).length;

/**
 * The smallest element around a link that also holds a date, when it holds no other link: one list entry. In a flat
 * list, where links and their dates stand side by side in one element (`<a>…</a><time>…</time><a>…</a>…`), the
 * entry is the link and the date the `<time>` right after it.
 */
function datedItem(link: HtmlElement, timezone: string): { item: HtmlElement; publishedAt: string; dateText: string } | null {
  const next = link.nextElementSibling;
  const nextMachine = next?.tagName.toLowerCase() === "time" ? next.getAttribute("datetime") : null;
  const nextDate = nextMachine ? parseMachineDate(nextMachine, timezone) : null;
  if (nextDate && linkCount(link.parentElement ?? link) > 1) return { item: link, publishedAt: nextDate, dateText: visibleText(next) };
  let item = link.parentElement;
  for (let depth = 0; item && depth < MAX_ITEM_DEPTH; depth++, item = item.parentElement) {
    if (linkCount(item) > 1) return null;
    const time = item.querySelector("time");
    const machine = time?.getAttribute("datetime");
    const fromMachine = machine ? parseMachineDate(machine, timezone) : null;
    if (fromMachine) return { item, publishedAt: fromMachine, dateText: visibleText(time) };
    const shown = SITE_DATE_IN_TEXT.exec(visibleText(item));
    const fromText = shown ? parseSiteDate(shown[0], timezone) : null;
    if (fromText) return { item, publishedAt: fromText, dateText: shown![0] };
  }
  return null;
}

/** The heading of the list an entry stands in ("Read also", "Latest news"): the nearest heading before it. */
function listName(item: HtmlElement): string {
  let level: HtmlElement | null = item;
  for (let depth = 0; level && depth < MAX_LIST_DEPTH; depth++, level = level.parentElement) {
    for (let sibling = level.previousElementSibling; sibling; sibling = sibling.previousElementSibling) {
      const text = visibleText(sibling);
      if (/^H[1-6]$/i.test(sibling.tagName) || isListHeading(text)) return text || FALLBACK_LIST;
      // Another entry of a flat list, or its date: the list's heading stands before them all.
      if (sibling.matches("a[href], time")) continue;
      if (linkCount(sibling) > 0 && !sibling.querySelector("h1, h2, h3, h4, h5, h6")) continue;
      const inner = sibling.querySelector("h1, h2, h3, h4, h5, h6");
      if (inner) return visibleText(inner) || FALLBACK_LIST;
    }
  }
  return FALLBACK_LIST;
}

/** A class token a template gives its byline or its author's name ("byline", "author", "post-author", "article__author"). */
const BYLINE_CLASS = /^(byline|author|.*[-_](byline|author))$/i;
/** How a byline opens before the name, in the site's languages. */
const BYLINE_WORDS = ["by", "автор", "автор:", "müəllif", "müəllif:"];

/**
 * An author's link in the article's byline ("By <a>Tamar Beridze</a> · 14 March 2026, 16:20"): a name beside
 * the article's own date, not a headline. Known by the link's rel, by a byline's class or itemprop on the way up
 * to its entry, or by the entry reading "By" and the name.
 */
function isByline(link: HtmlElement, item: HtmlElement, text: string): boolean {
  if ((link.getAttribute("rel") ?? "").split(/\s+/).includes("author")) return true;
  for (let element: HtmlElement | null = link; element && element !== item.parentElement; element = element.parentElement) {
    if (element.getAttribute("itemprop") === "author") return true;
    if ((element.getAttribute("class") ?? "").split(/\s+/).some((token) => BYLINE_CLASS.test(token))) return true;
  }
  const shown = visibleText(item).toLowerCase();
  return BYLINE_WORDS.some((word) => shown.startsWith(`${word} ${text.toLowerCase()}`));
}

/** What an entry shows besides its title and date, such as "Analysis by Reuters". */
function entrySubtitle(item: HtmlElement, title: string, dateText: string): string | null {
  const rest = visibleText(item).replace(title, " ").replace(dateText, " ").replace(/\s+/g, " ").trim();
  return rest && rest.length <= MAX_SUBTITLE_LENGTH && !isChrome(rest) ? rest : null;
}

/**
 * The page's lists of dated links ("Read also", "Latest news") as headlines: every link whose entry
 * shows a date, wherever the template puts it. Links without a date (menus, tags, share buttons) are not headlines.
 */
export function readDatedLinks(document: HtmlDocument, timezone: string, pageUrl: string | null): Headline[] {
  const byId = new Map<string, Headline>();
  for (const link of all(document, "a[href]")) {
    const text = visibleText(link);
    // A rubric's link beside the article's own date ("SOCIETY 10 January 2026") is no headline; a title is never one word.
    if (!/\s/.test(text) || isRubric(text) || isChrome(text) || link.closest("nav, header, footer")) continue;
    const entry = datedItem(link, timezone);
    if (!entry || isByline(link, entry.item, text)) continue;
    const url = absoluteUrl(link.getAttribute("href"), pageUrl);
    if (url !== null && url === pageUrl) continue;
    const { title, tag } = splitTag(text.replace(entry.dateText, "").trim() || text);
    mergeHeadline(byId, {
      id: headlineId(title, null),
      title,
      tag,
      subtitle: entrySubtitle(entry.item, text, entry.dateText),
      publishedAt: entry.publishedAt,
      list: listName(entry.item),
      url,
      language: languageOfLine(text),
    });
  }
  return [...byId.values()];
}
