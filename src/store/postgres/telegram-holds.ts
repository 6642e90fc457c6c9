import type { TelegramHoldStore } from "../types.js";
import type { PgSession } from "./session.js";

export function createPostgresTelegramHolds(db: PgSession): TelegramHoldStore {
  return {
    heldUntil: async (scope, now) =>
      (await db.rows<{ until_ms: number }>("SELECT until_ms FROM telegram_holds WHERE scope = $1 AND until_ms > $2", [scope, now]))[0]?.until_ms ?? null,
    active: async (now) =>
      new Map(
        (await db.rows<{ scope: string; until_ms: number }>("SELECT scope, until_ms FROM telegram_holds WHERE until_ms > $1", [now])).map((row) => [
          row.scope,
          row.until_ms,
        ]),
      ),
    hold: (scope, untilMs, now) =>
      db.atomic(async (session) => {
        await session.run("DELETE FROM telegram_holds WHERE until_ms <= $1", [now]);
        await session.run(
          `INSERT INTO telegram_holds (scope, until_ms) VALUES ($1, $2)
           ON CONFLICT (scope) DO UPDATE SET until_ms = GREATEST(telegram_holds.until_ms, excluded.until_ms)`,
          [scope, untilMs],
        );
      }),
  };
}
