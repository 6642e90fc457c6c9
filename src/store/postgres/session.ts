import type pg from "pg";

/**
 * What the PostgreSQL parts run their SQL on: the pool (each call on any free connection) or one client inside
 * a transaction. The same part code serves both, so `store.x` and `tx.x` behave alike.
 */
export interface PgSession {
  rows<R>(sql: string, params?: readonly unknown[]): Promise<R[]>;
  /** Runs a statement; returns how many rows it changed. */
  run(sql: string, params?: readonly unknown[]): Promise<number>;
  /**
   * Runs `fn` atomically: on the pool, in a transaction of its own on one connection; inside a transaction
   * already, as part of it.
   */
  atomic<T>(fn: (session: PgSession) => Promise<T>): Promise<T>;
}

type Queryable = Pick<pg.ClientBase, "query">;

const rowsOf = async <R>(on: Queryable, sql: string, params?: readonly unknown[]) =>
  (await on.query({ text: sql, values: params as unknown[] | undefined })).rows as R[];
const runOn = async (on: Queryable, sql: string, params?: readonly unknown[]) =>
  (await on.query({ text: sql, values: params as unknown[] | undefined })).rowCount ?? 0;

/** A session on one client whose transaction is already open. */
export function clientSession(client: pg.PoolClient): PgSession {
  const session: PgSession = {
    rows: (sql, params) => rowsOf(client, sql, params),
    run: (sql, params) => runOn(client, sql, params),
    atomic: (fn) => fn(session),
  };
  return session;
}

/** BEGIN on a pool's connection, `fn` on it, COMMIT, or ROLLBACK when it throws; the connection goes back. */
export async function inTransaction<T>(pool: pg.Pool, fn: (session: PgSession) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  let broken = false;
  // A checked-out client has no listener of the pool's: a connection lost between two statements (the database
  // gone mid-delivery) would emit an unhandled 'error' and end the process. The statement in hand fails anyway,
  // and the transaction with it; the client is then dropped rather than reused.
  const onLost = (): void => void (broken = true);
  client.on("error", onLost);
  try {
    await client.query("BEGIN");
    try {
      const result = await fn(clientSession(client));
      await client.query("COMMIT");
      return result;
    } catch (error) {
      try {
        await client.query("ROLLBACK");
      } catch {
        // The connection itself failed: it must not go back to the pool.
        broken = true;
      }
      throw error;
    }
  } finally {
    client.off("error", onLost);
    client.release(broken);
  }
}

export function poolSession(pool: pg.Pool): PgSession {
  return {
    rows: (sql, params) => rowsOf(pool, sql, params),
    run: (sql, params) => runOn(pool, sql, params),
    atomic: (fn) => inTransaction(pool, fn),
  };
}
