import type { ChatRef } from "../../core/subscribers.js";
import { followFrom, type FollowColumns } from "../rows/follow-row.js";
import { followWords } from "../subscriber-rules.js";
import type { FollowStore, SubscriberStore } from "../types.js";
import type { PgSession } from "./session.js";

export function createPostgresFollows(
  db: PgSession,
  deps: { now: () => number; subscribersOn: (session: PgSession) => SubscriberStore },
): FollowStore {
  return {
    add: (chat: ChatRef, query: string) =>
      db.atomic(async (session) => {
        const words = followWords(query);
        const subscribers = deps.subscribersOn(session);
        if (!(await subscribers.get(chat.chatId))) await subscribers.upsert(chat);
        await session.run("INSERT INTO follows (chat_id, query, created_at) VALUES ($1, $2, $3) ON CONFLICT (chat_id, query) DO NOTHING", [
          chat.chatId,
          words,
          deps.now(),
        ]);
        const [row] = await session.rows<FollowColumns>("SELECT * FROM follows WHERE chat_id = $1 AND query = $2", [chat.chatId, words]);
        return followFrom(row!);
      }),
    remove: async (chatId, followId) => (await db.run("DELETE FROM follows WHERE chat_id = $1 AND id = $2", [chatId, followId])) > 0,
    removeAll: (chatId) => db.run("DELETE FROM follows WHERE chat_id = $1", [chatId]),
    list: async (chatId) => (await db.rows<FollowColumns>("SELECT * FROM follows WHERE chat_id = $1 ORDER BY id", [chatId])).map(followFrom),
    listActive: async () =>
      (await db.rows<FollowColumns>("SELECT f.* FROM follows AS f JOIN subscribers AS s USING (chat_id) WHERE s.active ORDER BY f.id")).map(followFrom),
  };
}
