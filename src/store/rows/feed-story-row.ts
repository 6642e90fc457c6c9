import type { Article, Headline } from "../../corpus/types.js";
import { languageOfText } from "../../corpus/page-language.js";
import type { DueFetch, FeedStory } from "../types.js";

/** A feed story's columns: the headline and the article kept as JSON text, since only the search corpus reads them, whole. */
export interface FeedStoryColumns {
  story_key: string;
  feed: string;
  url: string | null;
  headline: string;
  article: string | null;
  etag: string | null;
  last_modified: string | null;
  failures: number;
}

/** Stories kept before pages had a language read as their words show it, as a page's would be. */
function withLanguage<T extends Headline | Article>(item: T, text: string): T {
  return item.language ? item : { ...item, language: languageOfText(text) };
}

export function feedStoryFrom(columns: FeedStoryColumns): FeedStory {
  const headline = JSON.parse(columns.headline) as Headline;
  const article = columns.article === null ? null : (JSON.parse(columns.article) as Article);
  return {
    storyKey: columns.story_key,
    feed: columns.feed,
    url: columns.url,
    headline: withLanguage(headline, `${headline.title} ${headline.subtitle ?? ""}`),
    article: article && withLanguage(article, [article.title, ...article.sections.flatMap((section) => section.paragraphs)].join("\n")),
  };
}

/** A story whose page is due to be read: only those with a link are selected. */
export const dueFetchFrom = (columns: FeedStoryColumns & { url: string }): DueFetch => ({
  ...feedStoryFrom(columns),
  url: columns.url,
  etag: columns.etag,
  lastModified: columns.last_modified,
  failures: columns.failures,
});
