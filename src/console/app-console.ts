import type { CorpusStatus } from "../app/corpus-hub.js";
import type { Config } from "../config/load-config.js";
import type { Logger } from "../log/logger.js";
import type { IdHasher } from "../questions/id-hasher.js";
import type { Store } from "../store/types.js";
import { createConsoleData } from "./console-data.js";
import { createConsole, type EditorsConsole } from "./console-server.js";

/** The console as the composition root wires it: none unless CONSOLE_PORT is set; its parts read through getters, as the store opens at start. */
export function appConsole(
  config: Config,
  parts: { getStore: () => Store; corpusStatus: () => CorpusStatus; hashId: IdHasher; now: () => number; logger: Logger },
): EditorsConsole | null {
  if (!config.console) return null;
  const { getStore, corpusStatus, hashId, now, logger } = parts;
  return createConsole({
    ...config.console,
    data: createConsoleData({ getStore, corpusStatus, hashId, now }),
    siteTimezone: config.siteTimezone,
    now,
    logger: logger.child({ part: "console" }),
  });
}
