import type { Article, Headline } from "../corpus/types.js";
import { languageOfText } from "../corpus/page-language.js";
import type { VoteReason } from "./question-types.js";
import type { FeedStory } from "./types.js";

/** Reading back what both stores keep as text: a feed story's JSON, a question's vote reasons, a search pattern. */

/** Stories kept before pages had a language read as their words show it, as a page's would be. */
function withLanguage<T extends Headline | Article>(item: T, text: string): T {
  return item.language ? item : { ...item, language: languageOfText(text) };
}

/** A feed story from its kept columns: the headline and the article as JSON text. */
export function feedStoryFromJson(row: { story_key: string; feed: string; url: string | null; headline: string; article: string | null }): FeedStory {
  const headline = JSON.parse(row.headline) as Headline;
  const article = row.article === null ? null : (JSON.parse(row.article) as Article);
  return {
    storyKey: row.story_key,
    feed: row.feed,
    url: row.url,
    headline: withLanguage(headline, `${headline.title} ${headline.subtitle ?? ""}`),
    article: article && withLanguage(article, [article.title, ...article.sections.flatMap((section) => section.paragraphs)].join("\n")),
  };
}

/** A question's 👎 reasons, kept joined by commas. */
export const reasonsFromText = (text: string | null): VoteReason[] => (text ? (text.split(",") as VoteReason[]) : []);

/** LIKE's own wildcards in a reader's search are taken literally (the pattern goes with ESCAPE '\'). */
export const likePattern = (text: string): string => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
