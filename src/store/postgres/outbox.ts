import { mergeable } from "../outbox-rules.js";
import { outboxRowFrom, type OutboxColumns } from "../rows/outbox-row.js";
import type { ChooseRows, OutboxDraft, OutboxRow, OutboxStore } from "../types.js";
import type { PgSession } from "./session.js";

/** Drafts per INSERT: one statement of column arrays, far fewer round trips than a row each at 100,000 readers. */
const ENQUEUE_CHUNK = 5000;

async function insertDrafts(session: PgSession, drafts: readonly OutboxDraft[], now: number): Promise<number> {
  return session.run(
    `INSERT INTO outbox (chat_id, thread_id, purpose, subject, item_id, text, buttons, entry, not_before, turn, created_at, updated_at)
     SELECT d.chat_id, d.thread_id, d.purpose, d.subject, d.item_id, d.text, d.buttons, d.entry, d.not_before, d.not_before, $10, $10
     FROM unnest($1::bigint[], $2::bigint[], $3::text[], $4::text[], $5::bigint[], $6::text[], $7::text[], $8::text[], $9::bigint[])
       WITH ORDINALITY AS d (chat_id, thread_id, purpose, subject, item_id, text, buttons, entry, not_before, n)
     ORDER BY d.n
     ON CONFLICT (chat_id, purpose, subject) DO NOTHING`,
    [
      drafts.map((d) => d.chatId),
      drafts.map((d) => d.threadId),
      drafts.map((d) => d.purpose),
      drafts.map((d) => d.subject),
      drafts.map((d) => d.itemId),
      drafts.map((d) => d.text),
      drafts.map((d) => JSON.stringify(d.buttons)),
      drafts.map((d) => d.entry ?? null),
      drafts.map((d) => d.notBefore),
      now,
    ],
  );
}

/**
 * The outbox in PostgreSQL, where several senders may run on one database: a claim locks its rows with
 * FOR UPDATE SKIP LOCKED and marks them sending before its transaction ends, so no two senders claim one row.
 */
export function createPostgresOutbox(db: PgSession, deps: { now: () => number }): OutboxStore {
  const claim = (now: number, excludeChats: readonly number[], limit: number, choose: ChooseRows) =>
    db.atomic(async (session): Promise<OutboxRow[] | null> => {
      // As turn >= not_before, the bound on turn keeps rows waiting for quiet hours out of the (status, turn, id) scan.
      const [found] = await session.rows<OutboxColumns>(
        `SELECT * FROM outbox
         WHERE status = 'pending' AND turn <= $1 AND not_before <= $1 AND chat_id <> ALL($2::bigint[])
         ORDER BY turn, id LIMIT 1 FOR UPDATE SKIP LOCKED`,
        [now, excludeChats],
      );
      if (!found) return null;
      const lead = outboxRowFrom(found);
      const others = mergeable(lead)
        ? (
            await session.rows<OutboxColumns>(
              `SELECT * FROM outbox
               WHERE chat_id = $1 AND thread_id IS NOT DISTINCT FROM $2 AND status = 'pending' AND purpose = 'push'
                 AND entry IS NOT NULL AND not_before <= $3 AND id <> $4
               ORDER BY turn, id LIMIT $5 FOR UPDATE SKIP LOCKED`,
              [lead.chatId, lead.threadId, now, lead.id, limit],
            )
          ).map(outboxRowFrom)
        : [];
      const chosen = new Set(choose(lead, others));
      const rows = [lead, ...others].filter((row) => chosen.has(row.id));
      await session.run("UPDATE outbox SET status = 'sending', updated_at = $2 WHERE id = ANY($1::bigint[])", [rows.map((row) => row.id), now]);
      return rows.map((row) => ({ ...row, status: "sending" as const, updatedAt: now }));
    });

  return {
    enqueue: (drafts) =>
      db.atomic(async (session) => {
        const now = deps.now();
        let queued = 0;
        for (let start = 0; start < drafts.length; start += ENQUEUE_CHUNK) {
          queued += await insertDrafts(session, drafts.slice(start, start + ENQUEUE_CHUNK), now);
        }
        return queued;
      }),
    claim,
    nextDueAfter: async (now) =>
      (await db.rows<{ at: number | null }>("SELECT min(not_before) AS at FROM outbox WHERE status = 'pending' AND not_before > $1", [now]))[0]?.at ?? null,
    hasPending: async () => (await db.rows("SELECT 1 FROM outbox WHERE status = 'pending' LIMIT 1")).length > 0,
    markSent: (ids, now) =>
      db.atomic(async (session) => {
        await session.run("UPDATE outbox SET status = 'sent', sent_at = $2, updated_at = $2, last_error = NULL WHERE id = ANY($1::bigint[])", [ids, now]);
        // Just after `now`: behind every row queued by then, even in the same millisecond. A row another sender holds
        // is passed by: it is being claimed, or moved back as here by a sender done with the same chat. Waiting for it
        // let two senders that each held a row of the chat wait for each other's (a deadlock PostgreSQL broke).
        if (ids[0] !== undefined) {
          await session.run(
            `UPDATE outbox SET turn = GREATEST(turn, $2::bigint + 1)
             WHERE id IN (
               SELECT id FROM outbox WHERE status = 'pending' AND chat_id = (SELECT chat_id FROM outbox WHERE id = $1)
               ORDER BY id FOR UPDATE SKIP LOCKED)`,
            [ids[0], now],
          );
        }
      }),
    markPending: async (ids, error, countAttempt, now) =>
      void (await db.run(
        "UPDATE outbox SET status = 'pending', last_error = $2, attempts = attempts + $3, updated_at = $4 WHERE id = ANY($1::bigint[])",
        [ids, error, countAttempt ? 1 : 0, now],
      )),
    markFailed: async (ids, error, now) =>
      void (await db.run(
        "UPDATE outbox SET status = 'failed', last_error = $2, attempts = attempts + 1, updated_at = $3 WHERE id = ANY($1::bigint[])",
        [ids, error, now],
      )),
    requeueInFlight: async (now) => {
      const rows = await db.rows<{ chat_id: number }>("UPDATE outbox SET status = 'pending', updated_at = $1 WHERE status = 'sending' RETURNING chat_id", [now]);
      return [...new Set(rows.map((row) => Number(row.chat_id)))];
    },
    list: async (filter = {}) =>
      (
        await db.rows<OutboxColumns>(
          "SELECT * FROM outbox WHERE ($1::bigint IS NULL OR chat_id = $1) AND ($2::text IS NULL OR status = $2) ORDER BY id",
          [filter.chatId ?? null, filter.status ?? null],
        )
      ).map(outboxRowFrom),
    prune: (before) => db.run("DELETE FROM outbox WHERE status IN ('sent', 'failed') AND updated_at < $1", [before]),
  };
}
