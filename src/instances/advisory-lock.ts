import type { ClientBase } from "pg";
import { queryWithin } from "./connection-watch.js";

/** The lock's key as PostgreSQL's bigint: pg sends it as text, which keeps all 64 bits. */
export function lockKeyText(key: bigint | number): string {
  const value = BigInt(key);
  if (value < -(2n ** 63n) || value >= 2n ** 63n) throw new Error(`an advisory lock key must fit a bigint: got ${value}`);
  return value.toString();
}

/** Takes the session-level lock if no session holds it; true when this session holds it now. */
export async function tryLock(client: ClientBase, key: string, timeoutMs: number): Promise<boolean> {
  const rows = await queryWithin<{ held: boolean }>(client, timeoutMs, "SELECT pg_try_advisory_lock($1::bigint) AS held", [key]);
  return rows[0]?.held === true;
}

/**
 * The application_name of the session holding the lock, or null. PostgreSQL files a bigint advisory lock in
 * pg_locks with its high 32 bits as classid, its low 32 bits as objid and objsubid 1; an ordinary user sees
 * every session's application_name in pg_stat_activity.
 */
const HOLDER_SQL = `
  SELECT a.application_name AS holder
    FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid
   WHERE l.locktype = 'advisory' AND l.granted AND l.objsubid = 1
     AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database())
     AND l.classid::bigint = (($1::bigint >> 32) & 4294967295)
     AND l.objid::bigint = ($1::bigint & 4294967295)`;

export async function lockHolder(client: ClientBase, key: string, timeoutMs: number): Promise<string | null> {
  const rows = await queryWithin<{ holder: string | null }>(client, timeoutMs, HOLDER_SQL, [key]);
  return rows[0]?.holder ?? null;
}
