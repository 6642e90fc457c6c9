import pg from "pg";
import { queryWithin } from "./connection-watch.js";
import { INSTANCE_DEFAULTS } from "./defaults.js";

const ignore = () => undefined;

/** A client of its own on the database; until a watch takes over, an error also fails the pending connect or query. */
export function newClient(url: string, applicationName?: string): pg.Client {
  const client = new pg.Client({ connectionString: url, application_name: applicationName, keepAlive: true, connectionTimeoutMillis: INSTANCE_DEFAULTS.connectTimeoutMs });
  client.on("error", ignore);
  return client;
}

/** Ends a client, waiting at most `timeoutMs`: a partitioned connection may never confirm its end. */
export function endWithin(client: pg.Client, timeoutMs: number): Promise<void> {
  return new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, timeoutMs);
    client
      .end()
      .catch(ignore)
      .finally(() => {
        clearTimeout(timer);
        resolve();
      });
  });
}

/**
 * The connection that holds (or asks for) the leadership lock, named after the instance. application_name is set
 * again once connected, since one in the URL would win over the client's option; the server's keepalives are
 * shortened so that a dead leader's lock is freed within 15 s (see INSTANCE_DEFAULTS.serverKeepalive).
 */
export async function openLockConnection(url: string, instanceId: string, timeoutMs: number): Promise<pg.Client> {
  const client = newClient(url, instanceId);
  const { idle, interval, count } = INSTANCE_DEFAULTS.serverKeepalive;
  try {
    await client.connect();
    await queryWithin(
      client,
      timeoutMs,
      "SELECT set_config('application_name', $1, false), set_config('tcp_keepalives_idle', $2, false), set_config('tcp_keepalives_interval', $3, false), set_config('tcp_keepalives_count', $4, false)",
      [instanceId, String(idle), String(interval), String(count)],
    );
    return client;
  } catch (error) {
    void endWithin(client, timeoutMs);
    throw error;
  }
}
