import type { ClientBase } from "pg";

export interface ConnectionWatchOptions {
  /** How often the connection is checked with a query; 0 checks only the driver's error and end events. */
  heartbeatMs: number;
  /** A check that has no answer after this long counts as a lost connection. */
  timeoutMs: number;
  /** Told once, at the first sign that the connection is gone: an error, its end, or a check failed. */
  onLost(error: Error): void;
}

/** Runs `query` on the client, or fails after `timeoutMs`: a partitioned connection never answers nor fails. */
export async function queryWithin<T>(client: ClientBase, timeoutMs: number, text: string, values: unknown[] = []): Promise<T[]> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer from PostgreSQL within ${timeoutMs} ms`)), timeoutMs);
  });
  try {
    const result = await Promise.race([client.query(text, values), timeout]);
    return result.rows as T[];
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Watches a dedicated connection (one that holds a lock or a LISTEN, and so must not silently die) and tells
 * `onLost` once when it is gone. Returns the function that stops watching; the client's error handler stays,
 * since an error emitted with no handler would end the process.
 */
export function watchConnection(client: ClientBase, options: ConnectionWatchOptions): () => void {
  let watching = true;
  const lost = (error: Error) => {
    if (!watching) return;
    stop();
    options.onLost(error);
  };
  const onError = (error: Error) => lost(error);
  const onEnd = () => lost(new Error("the connection ended"));
  client.on("error", onError);
  client.on("end", onEnd);
  let checking = false;
  const heartbeat =
    options.heartbeatMs > 0
      ? setInterval(() => {
          if (checking) return;
          checking = true;
          queryWithin(client, options.timeoutMs, "SELECT 1")
            .catch((error: Error) => lost(error))
            .finally(() => (checking = false));
        }, options.heartbeatMs)
      : undefined;
  heartbeat?.unref();
  function stop() {
    watching = false;
    clearInterval(heartbeat);
    client.off("end", onEnd);
  }
  return stop;
}
