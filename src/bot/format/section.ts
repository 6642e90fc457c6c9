import type { Article } from "../../corpus/types.js";
import { escapeHtml, packBlocks } from "../../format/html.js";
import { BOT_DEFAULTS } from "../defaults.js";
import type { BotTexts } from "../texts.js";
import { clip } from "./clip.js";
import { formatDateTime } from "../../time/format-date.js";
import { linkHtml } from "./link.js";

/**
 * The name a section goes by on a button or a heading: its heading, or for the lead (the paragraphs before the first
 * heading) the article's title, the name answers give it too.
 */
export function sectionName(article: Article, sectionIndex: number): string {
  return article.sections[sectionIndex]?.heading ?? article.title;
}

/**
 * A whole section as messages under Telegram's limit, split between paragraphs (a paragraph too long
 * for one message is cut between sentences). The first message opens with the heading and the article.
 */
export function formatSection(article: Article, sectionIndex: number, timeZone: string, texts: BotTexts): string[] {
  const section = article.sections[sectionIndex];
  if (!section) return [];
  const date = formatDateTime(article.publishedAt, timeZone, texts.locale);
  // The lead is named by the article's title already: the line under it then holds the date alone.
  const title = section.heading === null ? null : `<i>${escapeHtml(clip(article.title, BOT_DEFAULTS.headingMaxLength))}</i>`;
  const header = [
    `<b>${escapeHtml(clip(sectionName(article, sectionIndex), BOT_DEFAULTS.headingMaxLength))}</b>`,
    [title, date].filter(Boolean).join(" · "),
  ]
    .filter(Boolean)
    .join("\n");
  const paragraphs = section.paragraphs.filter((p) => p.trim() !== "").map((p) => escapeHtml(p));
  const link = linkHtml(article.url, texts.readArticle);
  return packBlocks([header, ...paragraphs, ...(link ? [link] : [])]);
}

/** An article's heading in the section browser: its title, date and rubric. */
export function formatArticleHeader(article: Article, timeZone: string, texts: BotTexts): string {
  const meta = [formatDateTime(article.publishedAt, timeZone, texts.locale), article.category].filter(Boolean).join(" · ");
  return [`<b>${escapeHtml(clip(article.title, BOT_DEFAULTS.headingMaxLength))}</b>`, escapeHtml(meta), texts.chooseSection]
    .filter(Boolean)
    .join("\n");
}
