import type { Logger } from "../log/logger.js";
import type { QuestionStore } from "../store/question-types.js";

const DAY_MS = 24 * 60 * 60 * 1000;
/** Old questions are looked for hourly: a question then outlives its retention by an hour at most. */
export const RETENTION_CHECK_MS = 60 * 60 * 1000;

export interface Retention {
  /** Deletes the questions older than the retention now; returns how many. */
  pruneOnce(): Promise<number>;
  /** Prunes now, then every `checkEveryMs`. */
  start(): void;
  stop(): void;
}

export function createRetention(deps: {
  getStore: () => QuestionStore;
  days: number;
  now: () => number;
  logger: Logger;
  checkEveryMs?: number;
}): Retention {
  let timer: NodeJS.Timeout | null = null;
  const pruneOnce = async () => {
    const deleted = await deps.getStore().prune(deps.now() - deps.days * DAY_MS);
    if (deleted > 0) deps.logger.info({ deleted, days: deps.days }, "old questions deleted");
    return deleted;
  };
  return {
    pruneOnce,
    start() {
      if (timer) return;
      const prune = () =>
        void pruneOnce().catch((error: unknown) => deps.logger.error({ error: String(error) }, "deleting old questions failed"));
      prune();
      timer = setInterval(prune, deps.checkEveryMs ?? RETENTION_CHECK_MS);
      timer.unref();
    },
    stop() {
      if (timer) clearInterval(timer);
      timer = null;
    },
  };
}
