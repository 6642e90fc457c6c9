/**
 * A long build written as a generator that yields between steps: run at once where nothing else waits
 * (the ask command, a benchmark), or with pauses where a bot must keep answering meanwhile.
 */
export type BuildSteps<T> = Generator<void, T, void>;

export function runAtOnce<T>(steps: BuildSteps<T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** Lets timers, I/O and other updates run between two steps. */
export async function runWithPauses<T>(steps: BuildSteps<T>): Promise<T> {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    await new Promise<void>((resolve) => setImmediate(resolve));
  }
}

/** Runs steps with pauses, as runWithPauses does, giving up (null) once `signal` is aborted: a stopping bot does not finish them. */
export async function runUnlessAborted<T>(steps: BuildSteps<T>, signal: AbortSignal | undefined): Promise<T | null> {
  for (;;) {
    if (signal?.aborted) return null;
    const step = steps.next();
    if (step.done) return step.value;
    await new Promise<void>((resolve) => setImmediate(resolve));
  }
}

/**
 * Tells a step-by-step job when it has worked `ms` since its last pause, so that it yields then: a job
 * whose steps cost anything from microseconds to milliseconds (one check per new item) still never
 * holds the event loop much past `ms`.
 */
export function createSliceBudget(ms: number, clock: () => number = () => performance.now()): () => boolean {
  let sliceStart = clock();
  return () => {
    const now = clock();
    if (now - sliceStart < ms) return false;
    sliceStart = now;
    return true;
  };
}
