import type { SqliteDatabase } from "./open-database.js";
import { followWords } from "./subscriber-rules.js";
import type { ChatRef, Follow } from "../core/subscribers.js";
import type { FollowStore, SubscriberStore, Synchronous } from "./types.js";

interface FollowRow {
  id: number;
  chat_id: number;
  query: string;
  created_at: number;
}

const toFollow = (row: FollowRow): Follow => ({
  id: row.id,
  chatId: row.chat_id,
  query: row.query,
  createdAt: row.created_at,
});

export function createSqliteFollows(
  db: SqliteDatabase,
  deps: { now: () => number; subscribers: Synchronous<SubscriberStore> },
): Synchronous<FollowStore> {
  const insert = db.prepare("INSERT OR IGNORE INTO follows (chat_id, query, created_at) VALUES (?, ?, ?)");
  const selectOne = db.prepare<[number, string], FollowRow>("SELECT * FROM follows WHERE chat_id = ? AND query = ?");
  const remove = db.prepare("DELETE FROM follows WHERE chat_id = ? AND id = ?");
  const removeAll = db.prepare("DELETE FROM follows WHERE chat_id = ?");
  const list = db.prepare<[number], FollowRow>("SELECT * FROM follows WHERE chat_id = ? ORDER BY id");
  const listActive = db.prepare<[], FollowRow>(
    "SELECT follows.* FROM follows JOIN subscribers USING (chat_id) WHERE subscribers.active = 1 ORDER BY follows.id",
  );

  return {
    add: db.transaction((chat: ChatRef, query: string): Follow => {
      const words = followWords(query);
      if (!deps.subscribers.get(chat.chatId)) deps.subscribers.upsert(chat);
      insert.run(chat.chatId, words, deps.now());
      return toFollow(selectOne.get(chat.chatId, words) as FollowRow);
    }),
    remove: (chatId, followId) => remove.run(chatId, followId).changes > 0,
    removeAll: (chatId) => removeAll.run(chatId).changes,
    list: (chatId) => list.all(chatId).map(toFollow),
    listActive: () => listActive.all().map(toFollow),
  };
}
