/** A clock that moves only when the test says so. */
export function createClock(startIso: string): { now: () => number; advance: (ms: number) => void; set: (iso: string) => void } {
  let current = Date.parse(startIso);
  return {
    now: () => current,
    advance: (ms) => {
      current += ms;
    },
    set: (iso) => {
      current = Date.parse(iso);
    },
  };
}

/** Timers that fire only when the test runs them. */
export function createManualTimers() {
  const scheduled = new Map<number, { callback: () => void; ms: number }>();
  let nextId = 1;
  return {
    scheduled,
    setTimeout(callback: () => void, ms: number): unknown {
      const id = nextId++;
      scheduled.set(id, { callback, ms });
      return id;
    },
    clearTimeout(handle: unknown) {
      scheduled.delete(handle as number);
    },
    /** Runs every timer due now, as if its delay had passed. */
    runAll() {
      const due = [...scheduled.entries()];
      scheduled.clear();
      for (const [, timer] of due) timer.callback();
    },
    delays(): number[] {
      return [...scheduled.values()].map((timer) => timer.ms);
    },
  };
}
