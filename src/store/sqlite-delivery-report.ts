import type { SqliteDatabase } from "./open-database.js";
import type { DeliveryReport, OutboxStatus } from "./types.js";

const DAY_MS = 24 * 60 * 60 * 1000;

export function createSqliteDeliveryReport(db: SqliteDatabase): (now: number) => DeliveryReport {
  const byStatus = db.prepare<[], { status: OutboxStatus; count: number }>("SELECT status, count(*) AS count FROM outbox GROUP BY status");
  // The rows of one message are marked sent together: one chat and one sent_at is one message. better-sqlite3
  // binds a JS number as REAL, so the window is cast for an integer division (else each sent_at is its own window).
  const peak = db.prepare<[number, number], { count: number }>(
    `SELECT count(DISTINCT chat_id || ':' || sent_at) AS count FROM outbox
     WHERE status = 'sent' AND sent_at > ? GROUP BY sent_at / CAST(? AS INTEGER) ORDER BY count DESC LIMIT 1`,
  );
  const after429 = db.prepare<[], { count: number }>(
    "SELECT count(*) AS count FROM outbox WHERE status = 'pending' AND last_error LIKE '429%'",
  );
  const holds = db.prepare<[number], { scope: string; untilMs: number }>(
    "SELECT scope, until_ms AS untilMs FROM telegram_holds WHERE until_ms > ? ORDER BY until_ms DESC",
  );
  return (now) => {
    const counts: Record<OutboxStatus, number> = { pending: 0, sending: 0, sent: 0, failed: 0 };
    for (const row of byStatus.all()) counts[row.status] = row.count;
    return {
      byStatus: counts,
      peakPerSecond: peak.get(now - DAY_MS, 1000)?.count ?? 0,
      peakPerMinute: peak.get(now - DAY_MS, 60_000)?.count ?? 0,
      waitingAfter429: after429.get()?.count ?? 0,
      holds: holds.all(now),
    };
  };
}
