import type { Answer } from "../../search/types.js";
import { escapeHtml, highlightHtml } from "../../format/html.js";
import { BOT_DEFAULTS } from "../defaults.js";
import { TEXTS } from "../texts.js";
import { clip } from "./clip.js";
import { formatDateTime } from "../../time/format-date.js";
import { linkHtml } from "./link.js";

export interface AnswerFormat {
  timeZone: string;
  /** Where this answer stands among the question's answers; omitted for a single answer (inline). */
  position?: { index: number; total: number };
}

/** Cuts a highlighted excerpt to `max` UTF-16 units, keeping the highlights that fit. */
function clipExcerpt(text: string, highlights: Answer["highlights"], max: number) {
  if (text.length <= max) return { text, highlights };
  let cut = text.lastIndexOf(" ", max - 1);
  if (cut < max / 2) cut = max - 1;
  // Never split a surrogate pair.
  if (/[\uD800-\uDBFF]/.test(text.charAt(cut - 1))) cut -= 1;
  return {
    text: text.slice(0, cut).trimEnd() + "…",
    highlights: highlights.filter(([, end]) => end <= cut),
  };
}

/** The bold line an answer opens with: the section's heading, or the headline, or the article's title for a lead. */
export function answerTitle(answer: Answer): string {
  if (answer.kind === "headline") return answer.headline;
  return answer.section ?? answer.article;
}

/**
 * An answer as a Telegram HTML message: bold heading, the article and its date in the reader's zone,
 * the excerpt with the matched words bold, the link when there is one. Everything from the corpus is escaped.
 */
export function formatAnswer(answer: Answer, format: AnswerFormat): string {
  const date = formatDateTime(answer.publishedAt, format.timeZone);
  const heading = `<b>${escapeHtml(clip(answerTitle(answer), BOT_DEFAULTS.headingMaxLength))}</b>`;
  const sourceLine =
    answer.kind === "section" && answer.section !== null
      ? [`<i>${escapeHtml(clip(answer.article, BOT_DEFAULTS.headingMaxLength))}</i>`, date].filter(Boolean).join(" · ")
      : (date ?? "");
  const excerpt = clipExcerpt(answer.excerpt, answer.highlights, BOT_DEFAULTS.excerptMaxLength);
  const link = linkHtml(answer.url, answer.kind === "section" ? TEXTS.readArticle : TEXTS.openStory);
  const position = format.position && format.position.total > 1 ? TEXTS.answerPosition(format.position.index, format.position.total) : "";
  return [
    [heading, sourceLine].filter(Boolean).join("\n"),
    highlightHtml(excerpt.text, excerpt.highlights),
    [link, position].filter(Boolean).join("\n"),
  ]
    .filter(Boolean)
    .join("\n\n");
}
