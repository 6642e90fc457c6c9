import type { CorpusStatus } from "../app/corpus-hub.js";
import type { Config } from "../config/load-config.js";
import type { Logger } from "../log/logger.js";
import type { DeliveryTexts } from "../delivery/texts.js";
import type { Store } from "../store/types.js";
import { createConsoleData } from "./console-data.js";
import { createConsole, type EditorsConsole } from "./console-server.js";

/** The console as the composition root wires it: none unless CONSOLE_PORT is set; its parts read through getters, as the store opens at start. */
export function appConsole(
  config: Config,
  parts: { getStore: () => Store; corpusStatus: () => CorpusStatus; now: () => number; logger: Logger; deliveryTexts: DeliveryTexts },
): EditorsConsole | null {
  if (!config.console) return null;
  const { getStore, corpusStatus, now, logger, deliveryTexts } = parts;
  return createConsole({
    ...config.console,
    data: createConsoleData({ getStore, corpusStatus, now, deliveryTexts }),
    siteTimezone: config.siteTimezone,
    now,
    logger: logger.child({ part: "console" }),
  });
}
