import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { createAdaptorServer } from "@hono/node-server";
import type { Logger } from "../log/logger.js";
import { createConsoleAccess, LINK_TTL_MS } from "./access.js";
import { createConsoleApp } from "./console-app.js";
import type { ConsoleData } from "./console-data.js";

export interface ConsoleDeps {
  host: string;
  /** 0 picks a free port (npm run chat). */
  port: number;
  data: ConsoleData;
  /** The site's zone: times are shown in it. */
  siteTimezone: string;
  now: () => number;
  logger: Logger;
}

export interface EditorsConsole {
  /** A one-time login link, or null while the server is not listening. */
  issueLink(): string | null;
  readonly linkMinutes: number;
  /** Listens on host:port; rejects when the port is taken. */
  start(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * The editors' console's server: its pages (console-app.ts) on host:port, and the one-time login links that /console
 * gives, each opening one session.
 */
export function createConsole(deps: ConsoleDeps): EditorsConsole {
  const access = createConsoleAccess(deps.now);
  const app = createConsoleApp({ access, data: deps.data, siteTimezone: deps.siteTimezone, now: deps.now, logger: deps.logger });

  let server: Server | null = null;
  let origin: string | null = null;

  return {
    linkMinutes: LINK_TTL_MS / 60_000,
    issueLink: () => (origin ? `${origin}/login/${access.issueToken()}` : null),
    start: () =>
      new Promise<void>((resolve, reject) => {
        const listening = createAdaptorServer({ fetch: app.fetch }) as Server;
        listening.once("error", reject);
        listening.listen(deps.port, deps.host, () => {
          const { port } = listening.address() as AddressInfo;
          const host = deps.host.includes(":") ? `[${deps.host}]` : deps.host;
          origin = `http://${host}:${port}`;
          server = listening;
          deps.logger.info({ origin }, "editors' console listening");
          resolve();
        });
      }),
    stop: () =>
      new Promise<void>((resolve) => {
        origin = null;
        if (!server) return resolve();
        server.closeAllConnections();
        server.close(() => resolve());
        server = null;
      }),
  };
}
