import type { DeliveryReport, OutboxStatus } from "../types.js";
import type { PgSession } from "./session.js";

const DAY_MS = 24 * 60 * 60 * 1000;

export function createPostgresDeliveryReport(db: PgSession): (now: number) => Promise<DeliveryReport> {
  // The rows of one message are marked sent together: one chat and one sent_at is one message.
  const peak = async (since: number, windowMs: number) =>
    (
      await db.rows<{ count: number }>(
        `SELECT count(DISTINCT (chat_id, sent_at)) AS count FROM outbox
         WHERE status = 'sent' AND sent_at > $1 GROUP BY sent_at / $2::bigint ORDER BY count DESC LIMIT 1`,
        [since, windowMs],
      )
    )[0]?.count ?? 0;
  return async (now) => {
    const [byStatus, perSecond, perMinute, after429, holds] = await Promise.all([
      db.rows<{ status: OutboxStatus; count: number }>("SELECT status, count(*) AS count FROM outbox GROUP BY status"),
      peak(now - DAY_MS, 1000),
      peak(now - DAY_MS, 60_000),
      db.rows<{ count: number }>("SELECT count(*) AS count FROM outbox WHERE status = 'pending' AND last_error LIKE '429%'"),
      db.rows<{ scope: string; untilMs: number }>('SELECT scope, until_ms AS "untilMs" FROM telegram_holds WHERE until_ms > $1 ORDER BY until_ms DESC', [now]),
    ]);
    const counts: Record<OutboxStatus, number> = { pending: 0, sending: 0, sent: 0, failed: 0 };
    for (const row of byStatus) counts[row.status] = row.count;
    return { byStatus: counts, peakPerSecond: perSecond, peakPerMinute: perMinute, waitingAfter429: after429[0]?.count ?? 0, holds };
  };
}
