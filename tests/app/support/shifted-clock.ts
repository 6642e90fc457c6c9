/**
 * A fake clock that runs at the wall clock's pace from a chosen instant, and that a test moves forward at will
 * (to a reader's digest hour, past quiet hours). Rate limits keep working, since time still passes; `sleep` is
 * the sender's, and a jump ends the sleeps whose time it passed.
 */
export function createShiftedClock(startIso: string) {
  const startedAt = Date.now();
  let offset = Date.parse(startIso) - startedAt;
  const sleepers = new Set<() => void>();
  const now = () => Date.now() + offset;
  return {
    now,
    /** Moves the clock forward to the instant. */
    jumpTo(iso: string) {
      const target = Date.parse(iso);
      if (target < now()) throw new Error(`the clock is already past ${iso}`);
      offset += target - now();
      for (const check of [...sleepers]) check();
    },
    sleep(ms: number, signal: AbortSignal): Promise<void> {
      const until = now() + ms;
      return new Promise<void>((resolve) => {
        const done = () => {
          clearTimeout(timer);
          sleepers.delete(check);
          signal.removeEventListener("abort", done);
          resolve();
        };
        const check = () => {
          if (now() >= until) done();
        };
        const timer = setTimeout(done, ms);
        sleepers.add(check);
        signal.addEventListener("abort", done);
      });
    },
  };
}

export type ShiftedClock = ReturnType<typeof createShiftedClock>;
