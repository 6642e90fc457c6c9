/** Waits `ms`, or less when the signal aborts first. */
export type Sleep = (ms: number, signal: AbortSignal) => Promise<void>;

export const abortableSleep: Sleep = (ms, signal) =>
  new Promise((resolve) => {
    if (signal.aborted || ms <= 0) return resolve();
    const timer = setTimeout(done, ms);
    function done() {
      clearTimeout(timer);
      signal.removeEventListener("abort", done);
      resolve();
    }
    signal.addEventListener("abort", done, { once: true });
  });

/**
 * Politeness towards one site: the requests to a host wait their turn, one at a time, and start at
 * least `intervalMs` after the one before. Hosts are keyed as URLs write them (name and port).
 */
export function createHostSpacing(deps: { intervalMs: number; now: () => number; sleep: Sleep }) {
  const lastStart = new Map<string, number>();
  const turns = new Map<string, Promise<unknown>>();

  return {
    /** Runs `task` in the host's turn; a task that fails does not hold up the next. */
    run<T>(host: string, signal: AbortSignal, task: () => Promise<T>): Promise<T> {
      const previous = turns.get(host) ?? Promise.resolve();
      const turn = previous.then(async () => {
        const since = deps.now() - (lastStart.get(host) ?? -Infinity);
        if (since < deps.intervalMs) await deps.sleep(deps.intervalMs - since, signal);
        lastStart.set(host, deps.now());
        return task();
      });
      const settled = turn.catch(() => undefined);
      turns.set(host, settled);
      void settled.then(() => {
        if (turns.get(host) === settled) turns.delete(host);
      });
      return turn;
    },
  };
}
