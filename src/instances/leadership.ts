import type pg from "pg";
import type { Logger } from "../log/logger.js";
import { lockHolder, lockKeyText, tryLock } from "./advisory-lock.js";
import { watchConnection } from "./connection-watch.js";
import { connectionError, safeMessage } from "./database-url.js";
import { INSTANCE_DEFAULTS } from "./defaults.js";
import { checkInstanceId } from "./instance-id.js";
import { createLeadershipState, type LeadershipListener, type LeadershipState } from "./leadership-state.js";
import { endWithin, newClient, openLockConnection } from "./lock-connection.js";

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

interface Settings {
  url: string;
  instanceId: string;
  key: string;
  retryMs: number;
  heartbeatMs: number;
  timeoutMs: number;
  logger: Logger;
}

/**
 * The competition for the lock, as a standby that asks every retryMs and a leader that checks its connection every
 * heartbeatMs. Every connection it loses (an error, its end, a check or a try without an answer) makes it a
 * standby at once, then it connects again and competes.
 */
class LockCompetition {
  private running = false;
  private client: pg.Client | null = null;
  private unwatch: (() => void) | null = null;
  private timer: NodeJS.Timeout | undefined;
  private attempt: Promise<void> | null = null;
  /** While the database stays away, each retry fails again: the first failure is a warning, the rest debug lines. */
  private failing = false;

  constructor(
    private readonly settings: Settings,
    private readonly state: LeadershipState,
  ) {}

  async start(): Promise<void> {
    if (this.running) return;
    this.running = true;
    try {
      this.adopt(await openLockConnection(this.settings.url, this.settings.instanceId, this.settings.timeoutMs));
    } catch (error) {
      this.running = false;
      throw connectionError("could not open the leadership lock's connection", error, this.settings.url);
    }
    await this.competeNow();
  }

  async stop(): Promise<void> {
    this.running = false;
    clearTimeout(this.timer);
    this.timer = undefined;
    await this.attempt;
    const held = this.client;
    this.drop();
    this.state.set(false);
    if (held) await endWithin(held, this.settings.timeoutMs);
  }

  private competeNow(): Promise<void> {
    this.attempt = this.compete().finally(() => (this.attempt = null));
    return this.attempt;
  }

  private async compete(): Promise<void> {
    let current = this.client;
    try {
      if (!current) {
        current = await openLockConnection(this.settings.url, this.settings.instanceId, this.settings.timeoutMs);
        if (!this.running) return void endWithin(current, this.settings.timeoutMs);
        this.adopt(current);
      }
      const held = await tryLock(current, this.settings.key, this.settings.timeoutMs);
      if (!this.running || current !== this.client) return;
      this.failing = false;
      if (!held) return this.retryLater();
      this.state.set(true);
      this.settings.logger.info({}, "leading");
    } catch (error) {
      this.lose(current, error);
    }
  }

  private adopt(client: pg.Client) {
    this.client = client;
    const { heartbeatMs, timeoutMs } = this.settings;
    this.unwatch = watchConnection(client, { heartbeatMs, timeoutMs, onLost: (error) => this.lose(client, error) });
  }

  private drop() {
    this.unwatch?.();
    this.unwatch = null;
    this.client = null;
  }

  /** Steps down first, then lets the connection go and competes again later. */
  private lose(lost: pg.Client | null, error: unknown) {
    if (lost !== this.client) return;
    const wasLeading = this.state.isLeader();
    this.drop();
    this.state.set(false);
    const line = wasLeading ? "lost the leadership lock's connection: stepped down" : "no connection to PostgreSQL for the leadership lock";
    this.settings.logger[this.failing && !wasLeading ? "debug" : "warn"]({ err: safeMessage(error, this.settings.url) }, line);
    this.failing = true;
    if (lost) void endWithin(lost, this.settings.timeoutMs);
    this.retryLater();
  }

  private retryLater() {
    if (!this.running || this.timer) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.competeNow();
    }, this.settings.retryMs);
  }
}

/**
 * One leader among the instances on one database: the one whose connection holds a session-level advisory lock.
 * The lock lives on a connection of its own, named by application_name after the instance, so that PostgreSQL
 * frees it the moment that connection dies (a killed process, a lost network) and any instance can name its
 * holder. The leader steps down as soon as it doubts its connection: a leader cut off from the database must stop
 * its work before a standby can take the lock, or two would send.
 */
export function createPostgresLeadership(options: PostgresLeadershipOptions): Leadership {
  const { url, instanceId } = options;
  checkInstanceId(instanceId);
  const settings: Settings = {
    url,
    instanceId,
    key: lockKeyText(options.lockKey ?? INSTANCE_DEFAULTS.lockKey),
    retryMs: options.retryMs ?? INSTANCE_DEFAULTS.retryMs,
    heartbeatMs: options.heartbeatMs ?? INSTANCE_DEFAULTS.heartbeatMs,
    timeoutMs: options.heartbeatTimeoutMs ?? INSTANCE_DEFAULTS.heartbeatTimeoutMs,
    logger: options.logger.child({ instance: instanceId }),
  };
  const state = createLeadershipState(settings.logger);
  const competition = new LockCompetition(settings, state);
  return {
    instanceId,
    start: () => competition.start(),
    stop: () => competition.stop(),
    isLeader: state.isLeader,
    onChange: state.onChange,
    async leader() {
      const asking = newClient(url);
      try {
        await asking.connect();
        return await lockHolder(asking, settings.key, settings.timeoutMs);
      } catch (error) {
        throw connectionError("could not ask which instance leads", error, url);
      } finally {
        void endWithin(asking, settings.timeoutMs);
      }
    },
  };
}

export { createSoleLeadership } from "./sole-leadership.js";
export { createInstanceId } from "./instance-id.js";
export type { LeadershipListener } from "./leadership-state.js";
