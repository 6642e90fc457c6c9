import { STORE_DEFAULTS } from "../defaults.js";
import { subscriberFrom, type SubscriberColumns } from "../rows/subscriber-row.js";
import { checkPatch } from "../subscriber-rules.js";
import type { ChatRef, Subscriber, SubscriberPatch } from "../../core/subscribers.js";
import type { SubscriberStore } from "../types.js";
import type { PgSession } from "./session.js";

/** The chat's subscriber; `lock` holds its row until the transaction ends, for a read-modify-write. */
async function get(session: PgSession, chatId: number, lock = false): Promise<Subscriber | null> {
  const [row] = await session.rows<SubscriberColumns>(`SELECT * FROM subscribers WHERE chat_id = $1${lock ? " FOR UPDATE" : ""}`, [chatId]);
  return row ? subscriberFrom(row) : null;
}

const DROP_PENDING = "DELETE FROM outbox WHERE chat_id = $1 AND status = 'pending'";

/** Creates the chat's subscriber with the defaults when it is new, then applies the patch (see SubscriberStore.upsert). */
async function upsertOn(session: PgSession, chat: ChatRef, patch: SubscriberPatch, deps: { now: () => number; siteTimezone: string }): Promise<Subscriber> {
  checkPatch(patch);
  const now = deps.now();
  // Two instances may see a new chat at once: the insert that loses does nothing, and both then patch the row.
  await session.run(
    `INSERT INTO subscribers (chat_id, thread_id, chat_type, mode, digest_minutes, timezone, active, created_at, updated_at)
     VALUES ($1, $2, $3, 'off', $4, $5, TRUE, $6, $6) ON CONFLICT (chat_id) DO NOTHING`,
    [chat.chatId, chat.threadId, chat.chatType, STORE_DEFAULTS.digestMinutes, deps.siteTimezone, now],
  );
  const current = (await get(session, chat.chatId, true))!;
  const mode = patch.mode ?? current.mode;
  const quiet = patch.quiet === undefined ? current.quiet : patch.quiet;
  const [row] = await session.rows<SubscriberColumns>(
    `UPDATE subscribers SET thread_id = $2, chat_type = $3, mode = $4, digest_minutes = $5, timezone = $6,
       quiet_start = $7, quiet_end = $8, active = $9, last_digest_at = $10, updated_at = $11
     WHERE chat_id = $1 RETURNING *`,
    [
      chat.chatId,
      patch.threadId === undefined ? current.threadId : patch.threadId,
      patch.chatType ?? current.chatType,
      mode,
      patch.digestMinutes ?? current.digestMinutes,
      patch.timezone ?? current.timezone,
      quiet?.start ?? null,
      quiet?.end ?? null,
      patch.active ?? current.active,
      mode === current.mode ? current.lastDigestAt : mode === "daily" ? now : null,
      now,
    ],
  );
  return subscriberFrom(row!);
}

/** A group became a supergroup: its subscription, follows, queued messages and language move to the new id. */
async function migrateChat(session: PgSession, fromChatId: number, toChatId: number, now: number): Promise<void> {
  const args = [fromChatId, toChatId];
  const [existing] = await session.rows("SELECT 1 FROM subscribers WHERE chat_id = $1 FOR UPDATE", [toChatId]);
  if (existing) {
    // The supergroup's own follows win; the group's others move, and its subscriber row goes (its leftovers with it).
    await session.run("UPDATE follows SET chat_id = $2 WHERE chat_id = $1 AND query NOT IN (SELECT query FROM follows WHERE chat_id = $2)", args);
    await session.run("DELETE FROM subscribers WHERE chat_id = $1", [fromChatId]);
  } else {
    await session.run("UPDATE subscribers SET chat_id = $2, chat_type = 'supergroup', updated_at = $3 WHERE chat_id = $1", [...args, now]);
  }
  await session.run(
    `UPDATE outbox AS o SET chat_id = $2, updated_at = $3
     WHERE o.chat_id = $1 AND o.status IN ('pending', 'sending')
       AND NOT EXISTS (SELECT 1 FROM outbox AS t WHERE t.chat_id = $2 AND t.purpose = o.purpose AND t.subject = o.subject)`,
    [...args, now],
  );
  await session.run("DELETE FROM outbox WHERE chat_id = $1 AND status IN ('pending', 'sending')", [fromChatId]);
  // The group's language goes with it, unless the supergroup already has one of its own.
  await session.run("UPDATE chat_languages SET chat_id = $2 WHERE chat_id = $1 AND NOT EXISTS (SELECT 1 FROM chat_languages WHERE chat_id = $2)", args);
}

export function createPostgresSubscribers(db: PgSession, deps: { now: () => number; siteTimezone: string }): SubscriberStore {
  return {
    get: (chatId) => get(db, chatId),
    upsert: (chat, patch = {}) => db.atomic((session) => upsertOn(session, chat, patch, deps)),
    listActive: async () => (await db.rows<SubscriberColumns>("SELECT * FROM subscribers WHERE active ORDER BY chat_id")).map(subscriberFrom),
    listDaily: async () =>
      (await db.rows<SubscriberColumns>("SELECT * FROM subscribers WHERE active AND mode = 'daily' ORDER BY chat_id")).map(subscriberFrom),
    setLastDigest: async (chatId, at) => void (await db.run("UPDATE subscribers SET last_digest_at = $2 WHERE chat_id = $1", [chatId, at])),
    deactivate: (chatId) =>
      db.atomic(async (session) => {
        await session.run("UPDATE subscribers SET active = FALSE, updated_at = $2 WHERE chat_id = $1", [chatId, deps.now()]);
        await session.run(DROP_PENDING, [chatId]);
      }),
    unsubscribe: (chatId) =>
      db.atomic(async (session) => {
        await session.run("UPDATE subscribers SET mode = 'off', last_digest_at = NULL, updated_at = $2 WHERE chat_id = $1", [chatId, deps.now()]);
        await session.run(DROP_PENDING, [chatId]);
      }),
    migrate: (fromChatId, toChatId) => db.atomic((session) => migrateChat(session, fromChatId, toChatId, deps.now())),
  };
}
