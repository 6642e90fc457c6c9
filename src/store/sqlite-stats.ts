import type { SqliteDatabase } from "./open-database.js";
import type { DeliveryMode, OutboxStatus, SourceStats, StoreStats } from "./types.js";

const DAY_MS = 24 * 60 * 60 * 1000;

export function createSqliteStats(db: SqliteDatabase, listSources: () => SourceStats[]): (now: number) => StoreStats {
  const byMode = db.prepare<[], { mode: DeliveryMode; active: number; count: number }>(
    "SELECT mode, active, count(*) AS count FROM subscribers GROUP BY mode, active",
  );
  const follows = db.prepare<[], { count: number }>(
    "SELECT count(*) AS count FROM follows JOIN subscribers USING (chat_id) WHERE subscribers.active = 1",
  );
  const byStatus = db.prepare<[], { status: Extract<OutboxStatus, "pending" | "sending">; count: number }>(
    "SELECT status, count(*) AS count FROM outbox WHERE status IN ('pending', 'sending') GROUP BY status",
  );
  const doneSince = db.prepare<[number], { status: Extract<OutboxStatus, "sent" | "failed">; count: number }>(
    `SELECT status, count(*) AS count FROM outbox
     WHERE status IN ('sent', 'failed') AND updated_at > ? GROUP BY status`,
  );

  return (now) => {
    const stats: StoreStats = {
      subscribers: { off: 0, instant: 0, daily: 0, inactive: 0 },
      follows: follows.get()?.count ?? 0,
      outbox: { pending: 0, sending: 0 },
      last24h: { sent: 0, failed: 0 },
      sources: listSources(),
    };
    for (const row of byMode.all()) {
      if (row.active === 1) stats.subscribers[row.mode] += row.count;
      else stats.subscribers.inactive += row.count;
    }
    for (const row of byStatus.all()) stats.outbox[row.status] = row.count;
    for (const row of doneSince.all(now - DAY_MS)) stats.last24h[row.status] = row.count;
    return stats;
  };
}
