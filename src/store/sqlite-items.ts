import type { SourceItem } from "../core/items.js";
import { storedItemFrom, type ItemColumns } from "./rows/item-row.js";
import type { SqliteDatabase } from "./open-database.js";
import { storyKeys } from "./story-key.js";
import type { ItemStore, StoredItem, Synchronous } from "./types.js";

export function createSqliteItems(db: SqliteDatabase, deps: { now: () => number }): Synchronous<ItemStore> {
  const primedAt = db.prepare<[string], { primed_at: number | null }>("SELECT primed_at FROM sources WHERE name = ?");
  const markPrimed = db.prepare(
    `INSERT INTO sources (name, primed_at) VALUES (?, ?)
     ON CONFLICT (name) DO UPDATE SET primed_at = excluded.primed_at`,
  );
  const findStory = db.prepare<[string, string | null], ItemColumns>(
    "SELECT * FROM items WHERE title_key = ? OR link_key = ? LIMIT 1",
  );
  const linkTaken = db.prepare<[string], { id: number }>("SELECT id FROM items WHERE link_key = ?");
  const addLink = db.prepare("UPDATE items SET link_key = ? WHERE id = ?");
  const insert = db.prepare(
    `INSERT INTO items (source, kind, title, article, tag, subtitle, list, url, published_at, article_id,
       section_index, title_key, link_key, history, seen_at)
     VALUES (@source, @kind, @title, @article, @tag, @subtitle, @list, @url, @publishedAt, @articleId,
       @sectionIndex, @titleKey, @linkKey, @history, @seenAt)`,
  );
  const selectById = db.prepare<[number], ItemColumns>("SELECT * FROM items WHERE id = ?");
  const seenBetween = db.prepare<[number, number, number], ItemColumns>(
    `SELECT * FROM items WHERE seen_at > ? AND seen_at <= ? AND history = 0
     ORDER BY seen_at DESC, id DESC LIMIT ?`,
  );

  /** The story an item belongs to, if recorded: by title or link, or by the key an article's lead had before. */
  const findKnown = (keys: ReturnType<typeof storyKeys>) =>
    findStory.get(keys.titleKey, keys.linkKey) ?? (keys.formerTitleKey ? findStory.get(keys.formerTitleKey, null) : undefined);

  const record = db.transaction((source: string, items: readonly SourceItem[]): StoredItem[] => {
    const now = deps.now();
    const primed = primedAt.get(source)?.primed_at != null;
    const fresh: StoredItem[] = [];
    for (const item of items) {
      const keys = storyKeys(item);
      const { titleKey, linkKey } = keys;
      const known = findKnown(keys);
      if (known) {
        // A story first seen without a link learns it, so that a retitled copy with that link is still one story.
        if (linkKey && !known.link_key && !linkTaken.get(linkKey)) addLink.run(linkKey, known.id);
        continue;
      }
      const row = {
        source,
        kind: item.kind,
        title: item.title,
        article: item.article,
        tag: item.tag,
        subtitle: item.subtitle,
        list: item.list,
        url: item.url,
        publishedAt: item.publishedAt,
        articleId: item.articleId,
        sectionIndex: item.sectionIndex,
        titleKey,
        linkKey,
        history: primed ? 0 : 1,
        seenAt: now,
      };
      const id = Number(insert.run(row).lastInsertRowid);
      if (primed) fresh.push({ ...item, id, source, seenAt: now });
    }
    if (!primed) markPrimed.run(source, now);
    return fresh;
  });

  return {
    record,
    unseen(source, items) {
      if (primedAt.get(source)?.primed_at == null) return [];
      return items.filter((item) => !findKnown(storyKeys(item)));
    },
    get: (id) => {
      const row = selectById.get(id);
      return row ? storedItemFrom(row) : null;
    },
    listSeenBetween: (since, until, limit) => seenBetween.all(since, until, limit).map(storedItemFrom),
  };
}
