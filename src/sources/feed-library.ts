import type { Corpus, Headline, LanguageCode } from "../corpus/types.js";
import { headlineId } from "../corpus/headlines.js";
import type { FeedStoryStore, ListedStory } from "../store/types.js";
import { feedCorpus } from "./feed-corpus.js";
import type { ParsedFeed } from "./feed-items.js";
import type { SourceItem } from "../core/items.js";

export interface FeedLibraryDeps {
  stories: FeedStoryStore;
  /** Called, and awaited, with the feeds' corpus whenever it changed. */
  onCorpus: (corpus: Corpus) => void | Promise<void>;
  /** FEED_FETCH_ARTICLES, and a page reader at hand: link-only items have their page read. */
  fetchPages: boolean;
  /** See PageFetchSettings.refreshMs. */
  refreshMs: number;
  now: () => number;
  /** Called after a poll listed stories: the article fetcher's kick(). */
  onListed?: () => void;
}

export interface FeedLibrary {
  /** Records a poll's stories; when that changed the corpus, waits for it to be published, so a pushed item can be searched. */
  take(feed: string, parsed: ParsedFeed): Promise<void>;
  /** Publishes the feeds' corpus as stored (at start, and once a page was read). */
  publish(): Promise<void>;
  corpus(): Promise<Corpus>;
}

function toHeadline(item: SourceItem, language: LanguageCode): Headline {
  return {
    id: headlineId(item.title, item.url),
    title: item.title,
    tag: item.tag,
    subtitle: item.subtitle,
    publishedAt: item.publishedAt,
    list: item.list,
    url: item.url,
    language,
  };
}

/** What the feeds add to the search corpus: their full-text articles, the pages read, the headlines still unread. */
export function createFeedLibrary(deps: FeedLibraryDeps): FeedLibrary {
  const corpus = async () => feedCorpus(await deps.stories.all());
  const publish = async () => {
    await deps.onCorpus(await corpus());
  };
  return {
    async take(feed, parsed) {
      const now = deps.now();
      const stories: ListedStory[] = parsed.stories.map((story) => ({
        storyKey: story.storyKey,
        feed,
        url: story.item.url,
        headline: toHeadline(story.item, story.language),
        article: story.article,
        fetch: deps.fetchPages && story.article === null && story.item.url !== null,
      }));
      const changes = await deps.stories.list(stories, now, now - deps.refreshMs);
      if (changes > 0) await publish();
      deps.onListed?.();
    },
    publish,
    corpus,
  };
}
