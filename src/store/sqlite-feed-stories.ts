import type { SqliteDatabase } from "./open-database.js";
import { dueFetchFrom, feedStoryFrom, type FeedStoryColumns } from "./rows/feed-story-row.js";
import type { FeedStoryStore, Synchronous } from "./types.js";

/** Feed stories in SQLite: the article is kept as JSON, since only the search corpus reads it, whole. */
export function createSqliteFeedStories(db: SqliteDatabase): Synchronous<FeedStoryStore> {
  const known = db.prepare<[string], { article: string | null }>("SELECT article FROM feed_stories WHERE story_key = ?");
  // A known story keeps its article unless the feed brings one; a page read long enough ago is due again.
  const upsert = db.prepare(
    `INSERT INTO feed_stories (story_key, feed, url, headline, article, next_fetch_at, listed_at)
     VALUES (@storyKey, @feed, @url, @headline, @article, @nextFetchAt, @now)
     ON CONFLICT (story_key) DO UPDATE SET
       headline = excluded.headline,
       url = excluded.url,
       article = COALESCE(excluded.article, feed_stories.article),
       listed_at = excluded.listed_at,
       next_fetch_at = CASE
         WHEN excluded.next_fetch_at IS NOT NULL AND feed_stories.next_fetch_at IS NULL
           AND feed_stories.fetched_at IS NOT NULL AND feed_stories.fetched_at <= @refreshBefore
         THEN excluded.next_fetch_at ELSE feed_stories.next_fetch_at END`,
  );
  const due = db.prepare<[number, number], FeedStoryColumns & { url: string }>(
    `SELECT * FROM feed_stories WHERE next_fetch_at IS NOT NULL AND next_fetch_at <= ? AND url IS NOT NULL
     ORDER BY next_fetch_at, story_key LIMIT ?`,
  );
  const nextDue = db.prepare<[number], { at: number | null }>("SELECT MIN(next_fetch_at) AS at FROM feed_stories WHERE next_fetch_at > ?");
  const fetched = db.prepare(
    `UPDATE feed_stories SET article = COALESCE(@article, article), etag = @etag, last_modified = @lastModified,
       fetched_at = @now, failures = 0, next_fetch_at = NULL, last_error = NULL WHERE story_key = @storyKey`,
  );
  const failed = db.prepare(
    "UPDATE feed_stories SET failures = failures + 1, last_error = @error, next_fetch_at = @retryAt WHERE story_key = @storyKey",
  );
  const all = db.prepare<[], FeedStoryColumns>("SELECT * FROM feed_stories ORDER BY listed_at DESC, story_key");

  const list = db.transaction((stories: Parameters<FeedStoryStore["list"]>[0], now: number, refreshBefore: number): number => {
    let changes = 0;
    for (const story of stories) {
      const before = known.get(story.storyKey);
      if (!before || (story.article !== null && before.article === null)) changes++;
      upsert.run({
        storyKey: story.storyKey,
        feed: story.feed,
        url: story.url,
        headline: JSON.stringify(story.headline),
        article: story.article === null ? null : JSON.stringify(story.article),
        nextFetchAt: story.fetch && story.article === null ? now : null,
        now,
        refreshBefore,
      });
    }
    return changes;
  });

  return {
    list,
    due: (now, limit) =>
      due.all(now, limit).map(dueFetchFrom),
    nextDueAfter: (now) => nextDue.get(now)?.at ?? null,
    saveFetched: (storyKey, result, now) =>
      void fetched.run({
        storyKey,
        article: result.article === null ? null : JSON.stringify(result.article),
        etag: result.etag,
        lastModified: result.lastModified,
        now,
      }),
    saveFailure: (storyKey, error, retryAt) => void failed.run({ storyKey, error, retryAt }),
    all: () => all.all().map(feedStoryFrom),
  };
}
