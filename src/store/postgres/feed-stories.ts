import { dueFetchFrom, feedStoryFrom, type FeedStoryColumns } from "../rows/feed-story-row.js";
import type { FeedStoryStore } from "../types.js";
import type { PgSession } from "./session.js";

/** Feed stories in PostgreSQL: the article is kept as JSON text, as in SQLite, since only the search corpus reads it, whole. */
export function createPostgresFeedStories(db: PgSession): FeedStoryStore {
  return {
    list: (stories, now, refreshBefore) =>
      db.atomic(async (session) => {
        let changes = 0;
        for (const story of stories) {
          const [before] = await session.rows<{ article: string | null }>("SELECT article FROM feed_stories WHERE story_key = $1", [story.storyKey]);
          if (!before || (story.article !== null && before.article === null)) changes++;
          // A known story keeps its article unless the feed brings one; a page read long enough ago is due again.
          await session.run(
            `INSERT INTO feed_stories (story_key, feed, url, headline, article, next_fetch_at, listed_at)
             VALUES ($1, $2, $3, $4, $5, $6, $7)
             ON CONFLICT (story_key) DO UPDATE SET
               headline = excluded.headline,
               url = excluded.url,
               article = COALESCE(excluded.article, feed_stories.article),
               listed_at = excluded.listed_at,
               next_fetch_at = CASE
                 WHEN excluded.next_fetch_at IS NOT NULL AND feed_stories.next_fetch_at IS NULL
                   AND feed_stories.fetched_at IS NOT NULL AND feed_stories.fetched_at <= $8
                 THEN excluded.next_fetch_at ELSE feed_stories.next_fetch_at END`,
            [
              story.storyKey,
              story.feed,
              story.url,
              JSON.stringify(story.headline),
              story.article === null ? null : JSON.stringify(story.article),
              story.fetch && story.article === null ? now : null,
              now,
              refreshBefore,
            ],
          );
        }
        return changes;
      }),
    due: async (now, limit) =>
      (
        await db.rows<FeedStoryColumns & { url: string }>(
          `SELECT * FROM feed_stories WHERE next_fetch_at IS NOT NULL AND next_fetch_at <= $1 AND url IS NOT NULL
           ORDER BY next_fetch_at, story_key COLLATE "C" LIMIT $2`,
          [now, limit],
        )
      ).map(dueFetchFrom),
    nextDueAfter: async (now) =>
      (await db.rows<{ at: number | null }>("SELECT min(next_fetch_at) AS at FROM feed_stories WHERE next_fetch_at > $1", [now]))[0]?.at ?? null,
    saveFetched: async (storyKey, result, now) =>
      void (await db.run(
        `UPDATE feed_stories SET article = COALESCE($2, article), etag = $3, last_modified = $4,
           fetched_at = $5, failures = 0, next_fetch_at = NULL, last_error = NULL WHERE story_key = $1`,
        [storyKey, result.article === null ? null : JSON.stringify(result.article), result.etag, result.lastModified, now],
      )),
    saveFailure: async (storyKey, error, retryAt) =>
      void (await db.run("UPDATE feed_stories SET failures = failures + 1, last_error = $2, next_fetch_at = $3 WHERE story_key = $1", [
        storyKey,
        error,
        retryAt,
      ])),
    all: async () => (await db.rows<FeedStoryColumns>('SELECT * FROM feed_stories ORDER BY listed_at DESC, story_key COLLATE "C"')).map(feedStoryFrom),
  };
}
