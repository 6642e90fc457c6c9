import type { SqliteDatabase } from "./open-database.js";
import { followFrom, type FollowColumns } from "./rows/follow-row.js";
import { followWords } from "./subscriber-rules.js";
import type { ChatRef, Follow } from "../core/subscribers.js";
import type { FollowStore, SubscriberStore, Synchronous } from "./types.js";

export function createSqliteFollows(
  db: SqliteDatabase,
  deps: { now: () => number; subscribers: Synchronous<SubscriberStore> },
): Synchronous<FollowStore> {
  const insert = db.prepare("INSERT OR IGNORE INTO follows (chat_id, query, created_at) VALUES (?, ?, ?)");
  const selectOne = db.prepare<[number, string], FollowColumns>("SELECT * FROM follows WHERE chat_id = ? AND query = ?");
  const remove = db.prepare("DELETE FROM follows WHERE chat_id = ? AND id = ?");
  const removeAll = db.prepare("DELETE FROM follows WHERE chat_id = ?");
  const list = db.prepare<[number], FollowColumns>("SELECT * FROM follows WHERE chat_id = ? ORDER BY id");
  const listActive = db.prepare<[], FollowColumns>(
    "SELECT follows.* FROM follows JOIN subscribers USING (chat_id) WHERE subscribers.active = 1 ORDER BY follows.id",
  );

  return {
    add: db.transaction((chat: ChatRef, query: string): Follow => {
      const words = followWords(query);
      if (!deps.subscribers.get(chat.chatId)) deps.subscribers.upsert(chat);
      insert.run(chat.chatId, words, deps.now());
      return followFrom(selectOne.get(chat.chatId, words) as FollowColumns);
    }),
    remove: (chatId, followId) => remove.run(chatId, followId).changes > 0,
    removeAll: (chatId) => removeAll.run(chatId).changes,
    list: (chatId) => list.all(chatId).map(followFrom),
    listActive: () => listActive.all().map(followFrom),
  };
}
