/**
 * Promises that resolve when a condition on the emulator's state holds: checked at once, after every change, and on a
 * short tick (conditions like "quiet for 100 ms" become true with no change). Each has a timeout that rejects with a
 * message saying what was awaited and what was seen, so a failing test explains itself.
 */
export interface Waiters {
  /** `check` returns the value to resolve with, or undefined to keep waiting. */
  add<T>(check: () => T | undefined, timeoutMs: number, describe: () => string): Promise<T>;
  notify(): void;
  rejectAll(reason: string): void;
}

const TICK_MS = 10;

interface Pending {
  check: () => unknown;
  resolve: (value: unknown) => void;
  reject: (error: Error) => void;
  timer: NodeJS.Timeout;
}

export function createWaiters(): Waiters {
  const pending = new Set<Pending>();
  let ticker: NodeJS.Timeout | null = null;

  const settle = (entry: Pending): void => {
    pending.delete(entry);
    clearTimeout(entry.timer);
    if (pending.size === 0 && ticker) {
      clearInterval(ticker);
      ticker = null;
    }
  };

  const run = (entry: Pending): void => {
    let value: unknown;
    try {
      value = entry.check();
    } catch (error) {
      settle(entry);
      entry.reject(error as Error);
      return;
    }
    if (value === undefined) return;
    settle(entry);
    entry.resolve(value);
  };

  const notify = (): void => {
    for (const entry of [...pending]) run(entry);
  };

  return {
    add<T>(check: () => T | undefined, timeoutMs: number, describe: () => string): Promise<T> {
      return new Promise<T>((resolve, reject) => {
        const entry: Pending = {
          check,
          resolve: resolve as (value: unknown) => void,
          reject,
          timer: setTimeout(() => {
            settle(entry);
            reject(new Error(describe()));
          }, timeoutMs),
        };
        pending.add(entry);
        ticker ??= setInterval(notify, TICK_MS);
        run(entry);
      });
    },
    notify,
    rejectAll(reason) {
      for (const entry of [...pending]) {
        settle(entry);
        entry.reject(new Error(reason));
      }
    },
  };
}
