import pg from "pg";
import type { Logger } from "../log/logger.js";
import { lockHolder, lockKeyText, tryLock } from "./advisory-lock.js";
import { queryWithin, watchConnection } from "./connection-watch.js";
import { connectionError, safeMessage } from "./database-url.js";
import { INSTANCE_DEFAULTS } from "./defaults.js";
import { checkInstanceId } from "./instance-id.js";
import { createLeadershipState, type LeadershipListener } from "./leadership-state.js";

/** Which instance does the leader's work (polling updates, the corpus watcher, feeds, digests, the sender). */
export interface Leadership {
  readonly instanceId: string;
  /** Competes for the lead; settles once the first try is answered, so isLeader() then says how it went. */
  start(): Promise<void>;
  /** Stops competing; a leader steps down (listeners told false) before it lets the lock go. */
  stop(): Promise<void>;
  isLeader(): boolean;
  /** Told true and false as the lead comes and goes, each change once; returns the function that stops telling. */
  onChange(listener: LeadershipListener): () => void;
  /** The id of the instance that leads now, whichever it is, or null when none does. */
  leader(): Promise<string | null>;
}

export interface PostgresLeadershipOptions {
  url: string;
  instanceId: string;
  logger: Logger;
  lockKey?: bigint | number;
  retryMs?: number;
  heartbeatMs?: number;
  heartbeatTimeoutMs?: number;
}

const ignore = () => undefined;

/**
 * One leader among the instances on one database: the one whose connection holds a session-level advisory lock.
 * The lock lives on a connection of its own, named by application_name after the instance, so that PostgreSQL
 * frees it the moment that connection dies (a killed process, a lost network) and any instance can name its
 * holder. The leader steps down as soon as it doubts its connection (an error, its end, a heartbeat without an
 * answer): a leader cut off from the database must stop its work before a standby can take the lock, or two
 * would send. It then reconnects and competes again as a standby.
 */
export function createPostgresLeadership(options: PostgresLeadershipOptions): Leadership {
  const { url, instanceId } = options;
  checkInstanceId(instanceId);
  const key = lockKeyText(options.lockKey ?? INSTANCE_DEFAULTS.lockKey);
  const retryMs = options.retryMs ?? INSTANCE_DEFAULTS.retryMs;
  const heartbeatMs = options.heartbeatMs ?? INSTANCE_DEFAULTS.heartbeatMs;
  const timeoutMs = options.heartbeatTimeoutMs ?? INSTANCE_DEFAULTS.heartbeatTimeoutMs;
  const logger = options.logger.child({ instance: instanceId });
  const state = createLeadershipState(logger);
  let running = false;
  let client: pg.Client | null = null;
  let unwatch: (() => void) | null = null;
  let timer: NodeJS.Timeout | undefined;
  let attempt: Promise<void> | null = null;
  // While the database stays away, each retry fails again: the first failure is a warning, the rest debug lines.
  let failing = false;

  const newClient = (applicationName?: string) => {
    const fresh = new pg.Client({ connectionString: url, application_name: applicationName, keepAlive: true, connectionTimeoutMillis: INSTANCE_DEFAULTS.connectTimeoutMs });
    // Until watchConnection takes over, an error also fails the pending connect or query, which handles it.
    fresh.on("error", ignore);
    return fresh;
  };

  const endWithin = (ending: pg.Client) =>
    new Promise<void>((resolve) => {
      // A partitioned connection may never confirm its end; the process must not wait on it.
      const timeout = setTimeout(resolve, timeoutMs);
      ending.end().catch(ignore).finally(() => (clearTimeout(timeout), resolve()));
    });

  async function connect(): Promise<pg.Client> {
    const fresh = newClient(instanceId);
    try {
      await fresh.connect();
      const { idle, interval, count } = INSTANCE_DEFAULTS.serverKeepalive;
      // Set after connecting as well: an application_name in the URL would win over the client's option.
      await queryWithin(
        fresh,
        timeoutMs,
        "SELECT set_config('application_name', $1, false), set_config('tcp_keepalives_idle', $2, false), set_config('tcp_keepalives_interval', $3, false), set_config('tcp_keepalives_count', $4, false)",
        [instanceId, String(idle), String(interval), String(count)],
      );
      return fresh;
    } catch (error) {
      void endWithin(fresh);
      throw error;
    }
  }

  function adopt(fresh: pg.Client) {
    client = fresh;
    unwatch = watchConnection(fresh, { heartbeatMs, timeoutMs, onLost: (error) => lose(fresh, error) });
  }

  function lose(lost: pg.Client | null, error: unknown) {
    if (lost !== client) return;
    const wasLeading = state.isLeader();
    unwatch?.();
    unwatch = null;
    client = null;
    state.set(false);
    const line = wasLeading ? "lost the leadership lock's connection: stepped down" : "no connection to PostgreSQL for the leadership lock";
    logger[failing && !wasLeading ? "debug" : "warn"]({ err: safeMessage(error, url) }, line);
    failing = true;
    if (lost) void endWithin(lost);
    schedule();
  }

  function schedule() {
    if (!running || timer) return;
    timer = setTimeout(() => {
      timer = undefined;
      attempt = compete().finally(() => (attempt = null));
    }, retryMs);
  }

  async function compete(): Promise<void> {
    let current = client;
    try {
      if (!current) {
        current = await connect();
        if (!running) return void endWithin(current);
        adopt(current);
      }
      const held = await tryLock(current, key, timeoutMs);
      if (!running || current !== client) return;
      failing = false;
      if (held) {
        state.set(true);
        logger.info({}, "leading");
      } else schedule();
    } catch (error) {
      lose(current, error);
    }
  }

  return {
    instanceId,
    async start() {
      if (running) return;
      running = true;
      try {
        adopt(await connect());
      } catch (error) {
        running = false;
        throw connectionError("could not open the leadership lock's connection", error, url);
      }
      attempt = compete().finally(() => (attempt = null));
      await attempt;
    },
    async stop() {
      running = false;
      clearTimeout(timer);
      timer = undefined;
      await attempt;
      const held = client;
      unwatch?.();
      unwatch = null;
      client = null;
      state.set(false);
      if (held) await endWithin(held);
    },
    isLeader: state.isLeader,
    onChange: state.onChange,
    async leader() {
      const asking = newClient();
      try {
        await asking.connect();
        return await lockHolder(asking, key, timeoutMs);
      } catch (error) {
        throw connectionError("could not ask which instance leads", error, url);
      } finally {
        void endWithin(asking);
      }
    },
  };
}

export { createSoleLeadership } from "./sole-leadership.js";
export { createInstanceId } from "./instance-id.js";
export type { LeadershipListener } from "./leadership-state.js";
