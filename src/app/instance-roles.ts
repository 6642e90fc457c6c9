import type { Leadership } from "../instances/leadership.js";
import type { Logger } from "../log/logger.js";

/** What an instance does in one role: started when it takes the role, stopped when it leaves it. */
export interface Duties {
  start(): Promise<void>;
  stop(): Promise<void>;
}

export interface InstanceRoles {
  /** Competes for the lead and takes the role it gets (settles once that role's duties started). */
  start(): Promise<void>;
  /** Leaves the role it has (its duties stopped), and stops competing. */
  stop(): Promise<void>;
  leading(): boolean;
}

/**
 * Keeps an instance's duties in step with its leadership: the leader's (polling, the corpus watcher, feeds,
 * digests, the sender) while it leads, the standby's (following the shared corpus) otherwise. Changes run one at
 * a time, each role's duties stopped before the other's start, so that an instance that lost the lead has
 * stopped sending before it does anything else. With SQLite the leadership is the process's alone: it leads.
 */
export function createInstanceRoles(deps: { leadership: Leadership; leader: Duties; standby: Duties; logger: Logger }): InstanceRoles {
  const { leadership, logger } = deps;
  let current: Duties | null = null;
  let changes: Promise<void> = Promise.resolve();
  let unsubscribe: (() => void) | null = null;

  const become = (next: Duties | null): Promise<void> => {
    const change = changes.then(async () => {
      if (current === next) return;
      const leaving = current;
      current = null;
      await leaving?.stop();
      await next?.start();
      current = next;
    });
    // A role whose duties failed to start is logged: the next change of leadership tries again.
    changes = change.catch((error: unknown) => logger.error({ err: String(error) }, "changing the instance's role failed"));
    return change;
  };

  return {
    async start() {
      unsubscribe = leadership.onChange((leading) => {
        logger.info({ instance: leadership.instanceId, leading }, leading ? "this instance leads" : "this instance stands by");
        void become(leading ? deps.leader : deps.standby).catch(() => undefined);
      });
      await leadership.start();
      const leading = leadership.isLeader();
      if (!leading) logger.info({ instance: leadership.instanceId, leader: await leadership.leader() }, "this instance stands by");
      await become(leading ? deps.leader : deps.standby);
    },
    async stop() {
      unsubscribe?.();
      unsubscribe = null;
      await become(null).catch(() => undefined);
      await leadership.stop();
    },
    leading: () => leadership.isLeader(),
  };
}
