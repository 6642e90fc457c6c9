import { isListHeading } from "../../corpus/line-kinds.js";
import type { Headline } from "../../corpus/types.js";
import { escapeHtml } from "../../format/html.js";
import { BOT_DEFAULTS } from "../defaults.js";
import { UNFILED_ARTICLES } from "../corpus-view.js";
import type { BotTexts } from "../texts.js";
import { clip } from "./clip.js";
import { formatDateTime } from "../../time/format-date.js";
import { linkHtml } from "./link.js";

/** A headline's title, linked to its story when the corpus has the link, with the site's tag. */
function titleHtml(headline: Headline, titleLength: number = BOT_DEFAULTS.headingMaxLength): string {
  const title = clip(headline.title, titleLength);
  const linked = linkHtml(headline.url, title) || escapeHtml(title);
  return headline.tag ? `${linked} <i>${escapeHtml(clip(headline.tag, BOT_DEFAULTS.labelMaxLength))}</i>` : linked;
}

/**
 * A headline's date in the reader's zone, and where it was filed when that means something to a reader: a
 * feed's name or an article's rubric. The page's lists ("Latest news", "Read also") are how the page is laid
 * out, and stay internal.
 */
export function headlineMeta(headline: Headline, timeZone: string, locale?: string): string {
  const filed = isListHeading(headline.list) || headline.list === UNFILED_ARTICLES ? null : clip(headline.list, BOT_DEFAULTS.labelMaxLength);
  return [formatDateTime(headline.publishedAt, timeZone, locale), filed].filter(Boolean).join(" · ");
}

/** A page of the latest headlines: a title line, then one entry per headline. */
export function formatLatestPage(
  headlines: readonly Headline[],
  page: number,
  pages: number,
  timeZone: string,
  texts: BotTexts,
): string {
  const entries = headlines.map(
    (h) => `• <b>${titleHtml(h, BOT_DEFAULTS.latestTitleLength)}</b>\n${escapeHtml(headlineMeta(h, timeZone, texts.locale))}`,
  );
  return [texts.latestTitle(page, pages), ...entries].join("\n\n");
}

/** A headline on its own, as an inline result sends it. */
export function formatHeadline(headline: Headline, timeZone: string, texts: BotTexts): string {
  const subtitle = headline.subtitle ? `\n<i>${escapeHtml(clip(headline.subtitle, BOT_DEFAULTS.headingMaxLength))}</i>` : "";
  const link = linkHtml(headline.url, texts.openStory);
  return `<b>${titleHtml(headline)}</b>${subtitle}\n${escapeHtml(headlineMeta(headline, timeZone, texts.locale))}${link ? `\n\n${link}` : ""}`;
}
