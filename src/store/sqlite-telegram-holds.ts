import type { SqliteDatabase } from "./open-database.js";
import type { TelegramHoldStore, Synchronous } from "./types.js";

export function createSqliteTelegramHolds(db: SqliteDatabase): Synchronous<TelegramHoldStore> {
  const select = db.prepare<[string, number], { until_ms: number }>(
    "SELECT until_ms FROM telegram_holds WHERE scope = ? AND until_ms > ?",
  );
  const upsert = db.prepare<[string, number]>(
    `INSERT INTO telegram_holds (scope, until_ms) VALUES (?, ?)
     ON CONFLICT (scope) DO UPDATE SET until_ms = MAX(until_ms, excluded.until_ms)`,
  );
  const selectActive = db.prepare<[number], { scope: string; until_ms: number }>(
    "SELECT scope, until_ms FROM telegram_holds WHERE until_ms > ?",
  );
  const forget = db.prepare<[number]>("DELETE FROM telegram_holds WHERE until_ms <= ?");
  return {
    heldUntil: (scope, now) => select.get(scope, now)?.until_ms ?? null,
    active: (now) => new Map(selectActive.all(now).map((row) => [row.scope, row.until_ms])),
    hold: db.transaction((scope: string, untilMs: number, now: number) => {
      forget.run(now);
      upsert.run(scope, untilMs);
    }),
  };
}
