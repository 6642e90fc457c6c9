import { basename } from "node:path";
import type { Article, Corpus, Headline } from "../corpus/types.js";
import type { SourceItem } from "../core/items.js";
import { CORPUS_TEXTS } from "./texts.js";
import { articleSummary } from "./article-summary.js";
import { FEED_DEFAULTS } from "./defaults.js";

function headlineItem(headline: Headline): SourceItem {
  return {
    kind: "headline",
    title: headline.title,
    article: null,
    tag: headline.tag,
    subtitle: headline.subtitle,
    list: headline.list,
    url: headline.url,
    publishedAt: headline.publishedAt,
    articleId: null,
    sectionIndex: null,
  };
}

/**
 * One item per section; the lead, which has no heading, goes by the article's title. The first section's
 * item stands for the article (see isArticleItem) and carries the line it is pushed with.
 */
export function sectionItems(article: Article, foundAt: string): SourceItem[] {
  return article.sections.map((section, index) => ({
    kind: "section",
    title: section.heading ?? article.title,
    article: article.title,
    tag: null,
    subtitle: index === 0 ? articleSummary(article, FEED_DEFAULTS.maxSubtitleLength) : null,
    list: article.category ?? CORPUS_TEXTS.uncategorized,
    url: article.url,
    publishedAt: article.publishedAt ?? foundAt,
    articleId: article.id,
    sectionIndex: index,
  }));
}

export interface CorpusChange {
  /** Names of the files that are new or changed since the last load; null on the first load, when every file counts. */
  changedFiles: ReadonlySet<string> | null;
  /** Ids of the headlines the last load already had. */
  knownHeadlineIds: ReadonlySet<string>;
  /** When the change was found: the date of an article that gives none. */
  foundAt: string;
}

/**
 * The items a reload may have brought: every section of the articles in new or changed files, and
 * every headline the last load did not have (a headline carries no file, so it is compared by id).
 * Whether each was seen before is the ingest port's call; this only keeps it from rereading the whole corpus.
 */
export function changedCorpusItems(corpus: Corpus, change: CorpusChange): SourceItem[] {
  const { changedFiles, knownHeadlineIds, foundAt } = change;
  const headlines = corpus.headlines.filter((headline) => changedFiles === null || !knownHeadlineIds.has(headline.id));
  const articles = corpus.articles.filter((article) => changedFiles === null || changedFiles.has(basename(article.file)));
  return [...headlines.map(headlineItem), ...articles.flatMap((article) => sectionItems(article, foundAt))];
}
