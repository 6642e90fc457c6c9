import { STORE_DEFAULTS } from "./defaults.js";
import { subscriberFrom, type SubscriberColumns } from "./rows/subscriber-row.js";
import type { SqliteDatabase } from "./open-database.js";
import { checkPatch } from "./subscriber-rules.js";
import type { ChatRef, Subscriber, SubscriberPatch } from "../core/subscribers.js";
import type { SubscriberStore, Synchronous } from "./types.js";

export function createSqliteSubscribers(
  db: SqliteDatabase,
  deps: { now: () => number; siteTimezone: string },
): Synchronous<SubscriberStore> {
  const select = db.prepare<[number], SubscriberColumns>("SELECT * FROM subscribers WHERE chat_id = ?");
  const insert = db.prepare(
    `INSERT INTO subscribers (chat_id, thread_id, chat_type, mode, digest_minutes, timezone, active, created_at,
       updated_at)
     VALUES (@chatId, @threadId, @chatType, 'off', @digestMinutes, @timezone, 1, @now, @now)`,
  );
  const update = db.prepare(
    `UPDATE subscribers SET thread_id = @threadId, chat_type = @chatType, mode = @mode, digest_minutes = @digestMinutes,
       timezone = @timezone, quiet_start = @quietStart, quiet_end = @quietEnd, active = @active,
       last_digest_at = @lastDigestAt, updated_at = @now
     WHERE chat_id = @chatId`,
  );
  const listActive = db.prepare<[], SubscriberColumns>("SELECT * FROM subscribers WHERE active = 1 ORDER BY chat_id");
  const listDaily = db.prepare<[], SubscriberColumns>(
    "SELECT * FROM subscribers WHERE active = 1 AND mode = 'daily' ORDER BY chat_id",
  );
  const setLastDigest = db.prepare("UPDATE subscribers SET last_digest_at = ? WHERE chat_id = ?");
  const setInactive = db.prepare("UPDATE subscribers SET active = 0, updated_at = ? WHERE chat_id = ?");
  const setOff = db.prepare(
    "UPDATE subscribers SET mode = 'off', last_digest_at = NULL, updated_at = ? WHERE chat_id = ?",
  );
  const dropPending = db.prepare("DELETE FROM outbox WHERE chat_id = ? AND status = 'pending'");
  const renameSubscriber = db.prepare(
    "UPDATE subscribers SET chat_id = ?, chat_type = 'supergroup', updated_at = ? WHERE chat_id = ?",
  );
  const deleteSubscriber = db.prepare("DELETE FROM subscribers WHERE chat_id = ?");
  const moveFollows = db.prepare("UPDATE OR IGNORE follows SET chat_id = ? WHERE chat_id = ?");
  const moveOutbox = db.prepare(
    "UPDATE OR IGNORE outbox SET chat_id = ?, updated_at = ? WHERE chat_id = ? AND status IN ('pending', 'sending')",
  );
  const dropUnmoved = db.prepare("DELETE FROM outbox WHERE chat_id = ? AND status IN ('pending', 'sending')");
  // The group's language goes with it, unless the supergroup already has one of its own.
  const moveLanguage = db.prepare("UPDATE OR IGNORE chat_languages SET chat_id = ? WHERE chat_id = ?");

  const get = (chatId: number): Subscriber | null => {
    const row = select.get(chatId);
    return row ? subscriberFrom(row) : null;
  };

  const upsert = db.transaction((chat: ChatRef, patch: SubscriberPatch): Subscriber => {
    checkPatch(patch);
    const now = deps.now();
    let current = get(chat.chatId);
    if (!current) {
      insert.run({
        chatId: chat.chatId,
        threadId: chat.threadId,
        chatType: chat.chatType,
        digestMinutes: STORE_DEFAULTS.digestMinutes,
        timezone: deps.siteTimezone,
        now,
      });
      current = get(chat.chatId) as Subscriber;
    }
    const mode = patch.mode ?? current.mode;
    const quiet = patch.quiet === undefined ? current.quiet : patch.quiet;
    update.run({
      chatId: chat.chatId,
      threadId: patch.threadId === undefined ? current.threadId : patch.threadId,
      chatType: patch.chatType ?? current.chatType,
      mode,
      digestMinutes: patch.digestMinutes ?? current.digestMinutes,
      timezone: patch.timezone ?? current.timezone,
      quietStart: quiet?.start ?? null,
      quietEnd: quiet?.end ?? null,
      active: (patch.active ?? current.active) ? 1 : 0,
      lastDigestAt: mode === current.mode ? current.lastDigestAt : mode === "daily" ? now : null,
      now,
    });
    return get(chat.chatId) as Subscriber;
  });

  return {
    get,
    upsert: (chat, patch = {}) => upsert(chat, patch),
    listActive: () => listActive.all().map(subscriberFrom),
    listDaily: () => listDaily.all().map(subscriberFrom),
    setLastDigest: (chatId, at) => void setLastDigest.run(at, chatId),
    deactivate: db.transaction((chatId: number) => {
      setInactive.run(deps.now(), chatId);
      dropPending.run(chatId);
    }),
    unsubscribe: db.transaction((chatId: number) => {
      setOff.run(deps.now(), chatId);
      dropPending.run(chatId);
    }),
    migrate: db.transaction((fromChatId: number, toChatId: number) => {
      const now = deps.now();
      if (get(toChatId)) {
        moveFollows.run(toChatId, fromChatId);
        deleteSubscriber.run(fromChatId);
      } else {
        renameSubscriber.run(toChatId, now, fromChatId);
      }
      moveOutbox.run(toChatId, now, fromChatId);
      dropUnmoved.run(fromChatId);
      moveLanguage.run(toChatId, fromChatId);
    }),
  };
}
