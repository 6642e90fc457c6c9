import { formatSiteDate } from "../corpus/dates.js";
import type { Article } from "../corpus/types.js";
import type { Asked } from "./asked.js";
import type { Answer } from "./types.js";
import { sentencesOf } from "./sentences.js";

/** What a reader asks of an article itself rather than of its story. */
export type ArticleAsk = "author" | "about" | "published" | "source" | "end";

export interface ArticleQuestion {
  ask: ArticleAsk;
  /** The rest of the question, which may say which article ("this article about Iran and Azerbaijan"). */
  rest: string;
}

const ARTICLE = "(?:article|analysis|piece|story|report|op-?ed|text|page)";
const THIS = `(?:this|the|that) ${ARTICLE}|it`;

/** The phrasings of each question about an article; the words they match are not the article's topic. */
const ASKS: ReadonlyArray<{ ask: ArticleAsk; pattern: RegExp }> = [
  { ask: "author", pattern: new RegExp(`\\bwho (?:wrote|writes|authored|is behind) (?:${THIS})|\\b(?:author|writer) of (?:${THIS})|\\bwho is the (?:author|writer)\\b`, "i") },
  { ask: "published", pattern: new RegExp(`\\bwhen (?:was|is|did) (?:${THIS}) (?:published|written|posted|come out|appear)\\w*`, "i") },
  {
    ask: "source",
    pattern: new RegExp(`\\bwhere (?:was|is|did|does) (?:${THIS})(?: \\w+)? (?:published|appear|appeared|come from|from|run|printed)\\w*|\\b(?:source|origin) of (?:${THIS})`, "i"),
  },
  { ask: "about", pattern: new RegExp(`\\bwhat (?:is|'s|’s) (?:${THIS}) about\\b|\\b(?:summar(?:y|ize|ise)|gist|main point) of (?:${THIS})`, "i") },
  {
    ask: "end",
    pattern: new RegExp(`\\bhow does (?:${THIS}) (?:end|conclude)\\b|\\b(?:${THIS})(?:'s|’s)? (?:conclusion|ending|last part)\\b|\\bconclusion of (?:${THIS})`, "i"),
  },
];

/**
 * The article a question about "this article" means when it names none: the newest that reads as prose, so that a
 * page of garbled or machine-made text dated later does not stand for the archive; the newest of all when none does.
 */
export function newestReadable(articles: readonly Article[], readsAsProse: (article: Article) => boolean): number {
  const byDate = articles.map((article, i) => ({ at: article.publishedAt ?? "", i })).sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : a.i - b.i));
  return (byDate.find(({ i }) => readsAsProse(articles[i]!)) ?? byDate[0])?.i ?? 0;
}

export function articleQuestionOf(question: string): ArticleQuestion | null {
  for (const { ask, pattern } of ASKS) {
    const match = pattern.exec(question);
    if (match) return { ask, rest: (question.slice(0, match.index) + " " + question.slice(match.index + match[0].length)).trim() };
  }
  return null;
}

/** What the answer asks for, for the bot's wording: the author is a person, the date a date, the source a place. */
const ASKED: Record<ArticleAsk, Asked> = { author: "person", published: "date", source: "place", about: null, end: null };

export interface ArticleReply {
  sectionIndex: number;
  excerpt: string;
  asked: Asked;
}

/** The opening sentences of a section, whole, in at most `max` characters beside `prefix`. */
function opening(paragraphs: readonly string[], prefix: string, max: number): string {
  let text = prefix;
  for (const sentence of sentencesOf(paragraphs)) {
    const next = text ? `${text} ${sentence}` : sentence;
    if (next.length > max) break;
    text = next;
  }
  return text || prefix;
}

/**
 * The answer to a question about the article, from what the page says of itself: its author and date,
 * its title and subtitle, and its lead, where a reprint names who wrote it and where it first appeared.
 */
export function articleReply(article: Article, ask: ArticleAsk, maxLength: number): ArticleReply {
  const date = article.publishedAt ? formatSiteDate(article.publishedAt) : null;
  const lead = article.sections[0]!;
  if (ask === "end") {
    const last = article.sections.length - 1;
    return { sectionIndex: last, excerpt: opening(article.sections[last]!.paragraphs, "", maxLength), asked: null };
  }
  const facts: Record<Exclude<ArticleAsk, "end">, string> = {
    author: article.author ? `By ${article.author}.` : "",
    published: date ? `Published ${date}${article.category ? ` in ${article.category}` : ""}.` : "",
    source: article.url ? `Published at ${article.url}.` : "",
    about: `${article.title}${article.subtitle ? `: ${article.subtitle}` : ""}.`,
  };
  return { sectionIndex: 0, excerpt: opening(lead.paragraphs, facts[ask], maxLength), asked: ASKED[ask] };
}

/** The answer a reply about an article makes: one of its sections, an answer in full, with `highlights` in bold. */
export function articleAnswer(article: Article, reply: ArticleReply, highlights: Array<[number, number]>): Answer {
  return {
    kind: "section",
    match: "answer",
    asked: reply.asked,
    subject: null,
    article: article.title,
    articleId: article.id,
    section: article.sections[reply.sectionIndex]!.heading,
    sectionIndex: reply.sectionIndex,
    headline: article.title,
    headlineId: null,
    excerpt: reply.excerpt,
    score: 1,
    publishedAt: article.publishedAt,
    url: article.url,
    highlights,
    language: article.language,
    questionLanguage: "en",
  };
}
