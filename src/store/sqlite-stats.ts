import type { SqliteDatabase } from "./open-database.js";
import type { DeliveryMode } from "../core/subscribers.js";
import type { OutboxStatus, PushReach, SourceStats, StoreStats } from "./types.js";

const DAY_MS = 24 * 60 * 60 * 1000;
/** Recent items whose reach /stats shows. */
const REACH_ITEMS = 5;

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

  // The latest items first (items_by_seen), then each one's rows through outbox_by_item: never the whole outbox.
  const reach = db.prepare<[number], PushReach>(
    `SELECT i.id AS itemId, CASE WHEN i.kind = 'section' AND i.article IS NOT NULL THEN i.article || ' · ' || i.title
         ELSE i.title END AS title,
       sum(o.status = 'sent') AS readers, sum(o.status IN ('pending', 'sending')) AS waiting,
       min(o.created_at) AS queuedAt, max(o.sent_at) AS lastSentAt
     FROM (SELECT id, kind, title, article FROM items WHERE history = 0 ORDER BY seen_at DESC, id DESC LIMIT ?) AS i
     JOIN outbox AS o ON o.item_id = i.id AND o.purpose = 'push'
     GROUP BY i.id ORDER BY i.id DESC`,
  );

  return (now) => {
    const stats: StoreStats = {
      subscribers: { off: 0, instant: 0, daily: 0, inactive: 0 },
      follows: follows.get()?.count ?? 0,
      outbox: { pending: 0, sending: 0 },
      last24h: { sent: 0, failed: 0 },
      pushes: reach.all(REACH_ITEMS),
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
