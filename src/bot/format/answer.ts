import type { Headline } from "../../corpus/types.js";
import type { Answer } from "../../search/types.js";
import { escapeHtml, highlightHtml } from "../../format/html.js";
import { BOT_DEFAULTS } from "../defaults.js";
import type { BotTexts } from "../texts.js";
import { clip } from "./clip.js";
import { formatDateTime } from "../../time/format-date.js";
import { linkHtml } from "./link.js";

export interface AnswerFormat {
  timeZone: string;
  texts: BotTexts;
  /** Where this answer stands among the question's answers; omitted for a single answer (inline). */
  position?: { index: number; total: number };
  /** A headline answer's headline in the corpus, for its tag and subtitle (gone after a reload: then without). */
  headline?: Headline | null;
  /** The section that explains a headline answer's story, when the corpus has one. */
  explanation?: Answer | null;
  /** Our own HTML before the answer, such as related coverage's "Our articles don’t give …". */
  intro?: string;
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

const excerptHtml = (answer: Answer, max: number): string => {
  const excerpt = clipExcerpt(answer.excerpt, answer.highlights, max);
  return highlightHtml(excerpt.text, excerpt.highlights);
};

/** A section answer: bold heading, the article and its date, the excerpt, the link. */
function sectionBlocks(answer: Answer, timeZone: string, texts: BotTexts): string[] {
  const date = formatDateTime(answer.publishedAt, timeZone, texts.locale);
  const heading = `<b>${escapeHtml(clip(answerTitle(answer), BOT_DEFAULTS.headingMaxLength))}</b>`;
  const sourceLine =
    answer.section !== null
      ? [`<i>${escapeHtml(clip(answer.article, BOT_DEFAULTS.headingMaxLength))}</i>`, date].filter(Boolean).join(" · ")
      : (date ?? "");
  return [
    [heading, sourceLine].filter(Boolean).join("\n"),
    excerptHtml(answer, BOT_DEFAULTS.excerptMaxLength),
    linkHtml(answer.url, texts.readArticle),
  ];
}

/**
 * A headline answer: the headline once, with its tag, subtitle and date, then the section that explains the
 * story (its heading, article and excerpt), then the link to the story. The page's list names stay internal.
 */
function headlineBlocks(answer: Answer, format: AnswerFormat): string[] {
  const { headline, explanation, texts } = format;
  const tag = headline?.tag ? ` · <i>${escapeHtml(clip(headline.tag, BOT_DEFAULTS.labelMaxLength))}</i>` : "";
  const subtitle = headline?.subtitle ? `<i>${escapeHtml(clip(headline.subtitle, BOT_DEFAULTS.headingMaxLength))}</i>` : "";
  const title = `<b>${escapeHtml(clip(answer.headline, BOT_DEFAULTS.headingMaxLength))}</b>${tag}`;
  const explained = explanation
    ? [
        `${texts.explainedBy} <b>${escapeHtml(clip(answerTitle(explanation), BOT_DEFAULTS.headingMaxLength))}</b> · ` +
          `<i>${escapeHtml(clip(explanation.article, BOT_DEFAULTS.headingMaxLength))}</i>`,
        excerptHtml(explanation, BOT_DEFAULTS.excerptMaxLength),
      ].join("\n")
    : "";
  return [
    [title, subtitle, formatDateTime(answer.publishedAt, format.timeZone, texts.locale) ?? ""].filter(Boolean).join("\n"),
    explained,
    linkHtml(answer.url, texts.openStory),
  ];
}

/** "From a page in English:" before an answer whose page is in another language than the question. */
function otherLanguageNote(answer: Answer, texts: BotTexts): string {
  return answer.language !== answer.questionLanguage ? `<i>${texts.otherLanguage(answer.language)}</i>` : "";
}

/**
 * An answer as a Telegram HTML message, the matched words bold, and where it stands among the answers.
 * Everything from the corpus is escaped.
 */
export function formatAnswer(answer: Answer, format: AnswerFormat): string {
  const blocks = answer.kind === "headline" ? headlineBlocks(answer, format) : sectionBlocks(answer, format.timeZone, format.texts);
  const [first, middle, link] = blocks;
  const { position: at, texts } = format;
  const position = at && at.total > 1 ? texts.answerPosition(at.index, at.total) : "";
  const closing = [link, position].filter(Boolean).join("\n");
  return [otherLanguageNote(answer, texts), format.intro ?? "", first, middle, closing].filter(Boolean).join("\n\n");
}
