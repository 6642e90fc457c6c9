import type { Corpus } from "../corpus/types.js";
import { normalizeTitle } from "../corpus/text.js";
import type { FeedStory } from "../store/types.js";
import { canonicalLink } from "../store/story-key.js";

/** The feeds' part of the search corpus: each story as its article once read, as a headline until then. */
export function feedCorpus(stories: readonly FeedStory[]): Corpus {
  return {
    articles: stories.flatMap((story) => (story.article ? [story.article] : [])),
    headlines: stories.flatMap((story) => (story.article ? [] : [story.headline])),
  };
}

/**
 * The corpus the bot answers from: the folder's pages and the feeds' stories. A story both hold (same
 * title or same page) is kept once, as the folder has it: an editor's article wins over a feed's.
 */
export function joinCorpora(files: Corpus, feeds: Corpus): Corpus {
  const titles = new Set<string>();
  const links = new Set<string>();
  const remember = (title: string, url: string | null) => {
    titles.add(normalizeTitle(title));
    const link = url ? canonicalLink(url) : null;
    if (link) links.add(link);
  };
  const known = (title: string, url: string | null) => {
    const link = url ? canonicalLink(url) : null;
    return titles.has(normalizeTitle(title)) || (link !== null && links.has(link));
  };
  for (const article of files.articles) remember(article.title, article.url);
  // A page's list naming the story does not hide the feed's article of it: only an article does.
  const articles = feeds.articles.filter((article) => !known(article.title, article.url));
  for (const headline of files.headlines) remember(headline.title, headline.url);
  for (const article of articles) remember(article.title, article.url);
  const headlines = feeds.headlines.filter((headline) => !known(headline.title, headline.url));
  if (articles.length === 0 && headlines.length === 0) return files;
  return { articles: [...files.articles, ...articles], headlines: [...files.headlines, ...headlines] };
}
