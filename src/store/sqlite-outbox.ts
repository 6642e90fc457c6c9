import type { SqliteDatabase } from "./open-database.js";
import { outboxRowFrom, type OutboxColumns } from "./rows/outbox-row.js";
import { mergeable } from "./outbox-rules.js";
import type { ChooseRows, OutboxRow, OutboxStatus, OutboxStore, Synchronous } from "./types.js";

export function createSqliteOutbox(db: SqliteDatabase, deps: { now: () => number }): Synchronous<OutboxStore> {
  const insert = db.prepare(
    `INSERT OR IGNORE INTO outbox (chat_id, thread_id, purpose, subject, item_id, text, buttons, entry, not_before,
       turn, created_at, updated_at)
     VALUES (@chatId, @threadId, @purpose, @subject, @itemId, @text, @buttons, @entry, @notBefore, @notBefore, @now,
       @now)`,
  );
  // The (status, turn, id) index serves this in order; as turn >= not_before, the bound on turn keeps rows
  // waiting for quiet hours to end out of the scan.
  const next = db.prepare<{ now: number; exclude: string }, OutboxColumns>(
    `SELECT * FROM outbox
     WHERE status = 'pending' AND turn <= @now AND not_before <= @now
       AND chat_id NOT IN (SELECT value FROM json_each(@exclude))
     ORDER BY turn, id LIMIT 1`,
  );
  // Without statistics the planner would walk every due row by outbox_due; the chat's own rows are a handful.
  const dueForChat = db.prepare<[number, number | null, number, number, number], OutboxColumns>(
    `SELECT * FROM outbox INDEXED BY outbox_by_chat
     WHERE chat_id = ? AND thread_id IS ? AND status = 'pending' AND purpose = 'push' AND entry IS NOT NULL
       AND not_before <= ? AND id <> ?
     ORDER BY turn, id LIMIT ?`,
  );
  // Just after `now`: behind every row queued by then, even in the same millisecond.
  const moveTurns = db.prepare(
    `UPDATE outbox INDEXED BY outbox_by_chat SET turn = max(turn, @now + 1)
     WHERE status = 'pending' AND chat_id = (SELECT chat_id FROM outbox WHERE id = @id)`,
  );
  const nextDue = db.prepare<[number], { at: number | null }>(
    "SELECT min(not_before) AS at FROM outbox WHERE status = 'pending' AND not_before > ?",
  );
  const anyPending = db.prepare<[], { one: number }>("SELECT 1 AS one FROM outbox WHERE status = 'pending' LIMIT 1");
  // Each mark is one statement over the message's rows (a JSON list of ids), so all of them change together.
  const ofMessage = "id IN (SELECT value FROM json_each(@ids))";
  const setSending = db.prepare(`UPDATE outbox SET status = 'sending', updated_at = @now WHERE ${ofMessage}`);
  const setSent = db.prepare(
    `UPDATE outbox SET status = 'sent', sent_at = @now, updated_at = @now, last_error = NULL WHERE ${ofMessage}`,
  );
  const setPending = db.prepare(
    `UPDATE outbox SET status = 'pending', last_error = @error, attempts = attempts + @counted, updated_at = @now
     WHERE ${ofMessage}`,
  );
  const setFailed = db.prepare(
    `UPDATE outbox SET status = 'failed', last_error = @error, attempts = attempts + 1, updated_at = @now
     WHERE ${ofMessage}`,
  );
  const requeue = db.prepare<[number], { chat_id: number }>("UPDATE outbox SET status = 'pending', updated_at = ? WHERE status = 'sending' RETURNING chat_id");
  const prune = db.prepare("DELETE FROM outbox WHERE status IN ('sent', 'failed') AND updated_at < ?");
  const list = db.prepare<{ chatId: number | null; status: OutboxStatus | null }, OutboxColumns>(
    `SELECT * FROM outbox WHERE (@chatId IS NULL OR chat_id = @chatId) AND (@status IS NULL OR status = @status)
     ORDER BY id`,
  );

  const enqueue = db.transaction((drafts: Parameters<OutboxStore["enqueue"]>[0]): number => {
    const now = deps.now();
    let queued = 0;
    for (const draft of drafts) {
      queued += insert.run({ ...draft, buttons: JSON.stringify(draft.buttons), entry: draft.entry ?? null, now }).changes;
    }
    return queued;
  });
  const markSent = db.transaction((ids: readonly number[], now: number) => {
    setSent.run({ ids: JSON.stringify(ids), now });
    if (ids[0] !== undefined) moveTurns.run({ now, id: ids[0] });
  });

  // One process sends from a SQLite file (the instance lock), so the transaction alone keeps a claim whole.
  const claim = db.transaction((now: number, excludeChats: readonly number[], limit: number, choose: ChooseRows): OutboxRow[] | null => {
    const found = next.get({ now, exclude: JSON.stringify(excludeChats) });
    if (!found) return null;
    const lead = outboxRowFrom(found);
    const others = mergeable(lead) ? dueForChat.all(lead.chatId, lead.threadId, now, lead.id, limit).map(outboxRowFrom) : [];
    const chosen = new Set(choose(lead, others));
    const rows = [lead, ...others].filter((row) => chosen.has(row.id));
    setSending.run({ ids: JSON.stringify(rows.map((row) => row.id)), now });
    return rows.map((row) => ({ ...row, status: "sending" as const, updatedAt: now }));
  });

  return {
    enqueue,
    claim,
    nextDueAfter: (now) => nextDue.get(now)?.at ?? null,
    hasPending: () => anyPending.get() !== undefined,
    markSent,
    markPending: (ids, error, countAttempt, now) =>
      void setPending.run({ ids: JSON.stringify(ids), error, counted: countAttempt ? 1 : 0, now }),
    markFailed: (ids, error, now) => void setFailed.run({ ids: JSON.stringify(ids), error, now }),
    requeueInFlight: (now) => [...new Set(requeue.all(now).map((row) => row.chat_id))],
    list: (filter = {}) => list.all({ chatId: filter.chatId ?? null, status: filter.status ?? null }).map(outboxRowFrom),
    prune: (before) => prune.run(before).changes,
  };
}
