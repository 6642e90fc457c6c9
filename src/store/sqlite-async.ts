import { AsyncLocalStorage } from "node:async_hooks";
import type { SqliteDatabase } from "./open-database.js";

/**
 * The asynchronous contract over better-sqlite3's synchronous calls. One connection serves the whole process, so
 * a transaction that awaits between its calls must not take in other callers' writes meanwhile: while one is
 * open, calls made outside it wait for it to end, and calls made within it (its async context, whichever object
 * they go through) run at once. Transactions take their turn one after another.
 */
export interface SqliteGate {
  /** The parts' async twins, each call through the gate. */
  wrap<T extends object>(part: T): Asynchronous<T>;
  transaction<T>(fn: () => Promise<T>): Promise<T>;
}

/** The inverse of Synchronous: each method returns a promise of what it returned. */
export type Asynchronous<T> = {
  [K in keyof T]: T[K] extends (...args: infer A) => infer R ? (...args: A) => Promise<Awaited<R>> : T[K];
};

export function createSqliteGate(db: SqliteDatabase): SqliteGate {
  const context = new AsyncLocalStorage<object>();
  /** The open transaction's token, and a promise that settles when it ends. */
  let open: { token: object; ended: Promise<void> } | null = null;

  const call = async <R>(fn: () => R): Promise<R> => {
    while (open && context.getStore() !== open.token) await open.ended;
    return fn();
  };

  return {
    wrap<T extends object>(part: T): Asynchronous<T> {
      const wrapped: Record<string, unknown> = {};
      for (const [name, value] of Object.entries(part)) {
        wrapped[name] = typeof value === "function" ? (...args: unknown[]) => call(() => (value as (...a: unknown[]) => unknown)(...args)) : value;
      }
      return wrapped as Asynchronous<T>;
    },
    async transaction<T>(fn: () => Promise<T>): Promise<T> {
      while (open) await open.ended;
      let end!: () => void;
      const token = {};
      open = { token, ended: new Promise<void>((resolve) => (end = resolve)) };
      try {
        db.exec("BEGIN IMMEDIATE");
        try {
          const result = await context.run(token, fn);
          db.exec("COMMIT");
          return result;
        } catch (error) {
          if (db.inTransaction) db.exec("ROLLBACK");
          throw error;
        }
      } finally {
        open = null;
        end();
      }
    },
  };
}
