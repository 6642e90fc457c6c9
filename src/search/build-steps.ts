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
