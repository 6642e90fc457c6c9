import { silentLogger, type Logger } from "../log/logger.js";
import type { Leadership } from "./leadership.js";
import { createLeadershipState } from "./leadership-state.js";

/**
 * The leadership of an instance that is alone by construction (SQLite: the DATA_DIR lock already refuses a second
 * process). It leads from start() to stop(), and tells its listeners so, like the PostgreSQL one: the app starts
 * and stops its leader's work the same way in both cases.
 */
export function createSoleLeadership(instanceId: string, logger: Logger = silentLogger): Leadership {
  const state = createLeadershipState(logger);
  return {
    instanceId,
    async start() {
      state.set(true);
    },
    async stop() {
      state.set(false);
    },
    isLeader: state.isLeader,
    onChange: state.onChange,
    async leader() {
      return state.isLeader() ? instanceId : null;
    },
  };
}
