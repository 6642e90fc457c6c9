import type { Logger } from "../log/logger.js";

/** However Telegram answers (or not) the last calls, a stop ends the process within this; supervisors wait 10 s. */
export const STOP_DEADLINE_MS = 9000;

/**
 * Stops cleanly on SIGINT or SIGTERM, then exits; a second signal while stopping exits at once, and so does a stop
 * that has not ended by the deadline (a send Telegram never answers).
 */
export function exitOnSignals(stop: () => Promise<void>, logger: Logger): void {
  let stopping = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (stopping) process.exit(1);
    stopping = true;
    logger.info({ signal }, "stopping");
    setTimeout(() => {
      logger.warn({ deadlineMs: STOP_DEADLINE_MS }, "stop did not end in time; exiting");
      process.exit(1);
    }, STOP_DEADLINE_MS).unref();
    stop().then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error({ error: String(error) }, "stop failed");
        process.exit(1);
      },
    );
  };
  process.on("SIGINT", onSignal);
  process.on("SIGTERM", onSignal);
}
