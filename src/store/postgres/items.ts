import type { SourceItem } from "../../core/items.js";
import { storedItemFrom, type ItemColumns } from "../rows/item-row.js";
import { storyKeys, type StoryKeys } from "../story-key.js";
import type { ItemStore, StoredItem } from "../types.js";
import type { PgSession } from "./session.js";

const UNIQUE_VIOLATION = "23505";

const isPrimed = async (session: PgSession, source: string) =>
  (await session.rows<{ primed_at: number | null }>("SELECT primed_at FROM sources WHERE name = $1", [source]))[0]?.primed_at != null;

/** The story an item belongs to, if recorded: by title or link, or by the key an article's lead had before. */
async function findKnown(session: PgSession, keys: StoryKeys): Promise<{ id: number; link_key: string | null } | null> {
  const [row] = await session.rows<{ id: number; link_key: string | null }>(
    "SELECT id, link_key FROM items WHERE title_key = $1 OR link_key = $2 OR title_key = $3 ORDER BY title_key = $1 DESC LIMIT 1",
    [keys.titleKey, keys.linkKey, keys.formerTitleKey],
  );
  return row ?? null;
}

/**
 * Gives a recorded story the link a copy of it brought, unless another story has that link. Under a savepoint:
 * another instance may give the link to its story at the same moment, and losing that race must not undo the poll.
 */
async function learnLink(session: PgSession, linkKey: string, id: number): Promise<void> {
  await session.run("SAVEPOINT learn_link");
  try {
    await session.run("UPDATE items SET link_key = $1 WHERE id = $2 AND link_key IS NULL AND NOT EXISTS (SELECT 1 FROM items WHERE link_key = $1)", [
      linkKey,
      id,
    ]);
    await session.run("RELEASE SAVEPOINT learn_link");
  } catch (error) {
    if ((error as { code?: string }).code !== UNIQUE_VIOLATION) throw error;
    await session.run("ROLLBACK TO SAVEPOINT learn_link");
  }
}

/**
 * Items in PostgreSQL, where several instances may record the same poll at once: each new story is an INSERT that
 * does nothing on a key another transaction holds (it waits for that one to end first), so exactly one recorder
 * gets it back as fresh, and only that one fans it out, in the same transaction.
 */
export function createPostgresItems(db: PgSession, deps: { now: () => number }): ItemStore {
  return {
    record: (source, items) =>
      db.atomic(async (session) => {
        const now = deps.now();
        const primed = await isPrimed(session, source);
        const fresh: StoredItem[] = [];
        for (const item of items) {
          const keys = storyKeys(item);
          const known = await findKnown(session, keys);
          if (known) {
            // A story first seen without a link learns it, so that a retitled copy with that link is still one story.
            if (keys.linkKey && !known.link_key) await learnLink(session, keys.linkKey, known.id);
            continue;
          }
          const [inserted] = await session.rows<{ id: number }>(
            `INSERT INTO items (source, kind, title, article, tag, subtitle, list, url, published_at, article_id,
               section_index, title_key, link_key, history, seen_at)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15)
             ON CONFLICT DO NOTHING RETURNING id`,
            [
              source,
              item.kind,
              item.title,
              item.article,
              item.tag,
              item.subtitle,
              item.list,
              item.url,
              item.publishedAt,
              item.articleId,
              item.sectionIndex,
              keys.titleKey,
              keys.linkKey,
              !primed,
              now,
            ],
          );
          if (inserted && primed) fresh.push({ ...item, id: inserted.id, source, seenAt: now });
        }
        if (!primed) {
          await session.run(
            "INSERT INTO sources (name, primed_at) VALUES ($1, $2) ON CONFLICT (name) DO UPDATE SET primed_at = COALESCE(sources.primed_at, excluded.primed_at)",
            [source, now],
          );
        }
        return fresh;
      }),
    async unseen(source, items) {
      if (!(await isPrimed(db, source))) return [];
      const unseen: SourceItem[] = [];
      for (const item of items) if (!(await findKnown(db, storyKeys(item)))) unseen.push(item);
      return unseen;
    },
    get: async (id) => {
      const [row] = await db.rows<ItemColumns>("SELECT * FROM items WHERE id = $1", [id]);
      return row ? storedItemFrom(row) : null;
    },
    listSeenBetween: async (since, until, limit) =>
      (
        await db.rows<ItemColumns>("SELECT * FROM items WHERE seen_at > $1 AND seen_at <= $2 AND NOT history ORDER BY seen_at DESC, id DESC LIMIT $3", [
          since,
          until,
          limit,
        ])
      ).map(storedItemFrom),
  };
}
