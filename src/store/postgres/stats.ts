import type { DeliveryMode } from "../../core/subscribers.js";
import type { OutboxStatus, PushReach, SourceStats, StoreStats } from "../types.js";
import type { PgSession } from "./session.js";

const DAY_MS = 24 * 60 * 60 * 1000;
/** Recent items whose reach /stats shows. */
const REACH_ITEMS = 5;

export function createPostgresStats(db: PgSession, listSources: () => Promise<SourceStats[]>): (now: number) => Promise<StoreStats> {
  return async (now) => {
    const [byMode, follows, byStatus, doneSince, pushes, sources] = await Promise.all([
      db.rows<{ mode: DeliveryMode; active: boolean; count: number }>("SELECT mode, active, count(*) AS count FROM subscribers GROUP BY mode, active"),
      db.rows<{ count: number }>("SELECT count(*) AS count FROM follows JOIN subscribers USING (chat_id) WHERE subscribers.active"),
      db.rows<{ status: Extract<OutboxStatus, "pending" | "sending">; count: number }>(
        "SELECT status, count(*) AS count FROM outbox WHERE status IN ('pending', 'sending') GROUP BY status",
      ),
      db.rows<{ status: Extract<OutboxStatus, "sent" | "failed">; count: number }>(
        "SELECT status, count(*) AS count FROM outbox WHERE status IN ('sent', 'failed') AND updated_at > $1 GROUP BY status",
        [now - DAY_MS],
      ),
      // The latest items first (items_by_seen), then each one's rows through outbox_by_item: never the whole outbox.
      db.rows<PushReach>(
        `SELECT i.id AS "itemId",
           CASE WHEN i.kind = 'section' AND i.article IS NOT NULL THEN i.article || ' · ' || i.title ELSE i.title END AS title,
           count(*) FILTER (WHERE o.status = 'sent') AS readers,
           count(*) FILTER (WHERE o.status IN ('pending', 'sending')) AS waiting,
           min(o.created_at) AS "queuedAt", max(o.sent_at) AS "lastSentAt"
         FROM (SELECT id, kind, title, article FROM items WHERE NOT history ORDER BY seen_at DESC, id DESC LIMIT $1) AS i
         JOIN outbox AS o ON o.item_id = i.id AND o.purpose = 'push'
         GROUP BY i.id, i.kind, i.title, i.article ORDER BY i.id DESC`,
        [REACH_ITEMS],
      ),
      listSources(),
    ]);
    const stats: StoreStats = {
      subscribers: { off: 0, instant: 0, daily: 0, inactive: 0 },
      follows: follows[0]?.count ?? 0,
      outbox: { pending: 0, sending: 0 },
      last24h: { sent: 0, failed: 0 },
      pushes,
      sources,
    };
    for (const row of byMode) {
      if (row.active) stats.subscribers[row.mode] += row.count;
      else stats.subscribers.inactive += row.count;
    }
    for (const row of byStatus) stats.outbox[row.status] = row.count;
    for (const row of doneSince) stats.last24h[row.status] = row.count;
    return stats;
  };
}
