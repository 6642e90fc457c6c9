import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { createAdaptorServer } from "@hono/node-server";
import { Hono } from "hono";
import { getCookie, setCookie } from "hono/cookie";
import type { Logger } from "../log/logger.js";
import { createConsoleAccess, LINK_TTL_MS, SESSION_TTL_MS } from "./access.js";
import { CHART_SCRIPT, chartAssets } from "./charts.js";
import type { ConsoleData } from "./console-data.js";
import { plainPage } from "./layout.js";
import { corpusPage } from "./pages/corpus.js";
import { deliveryPage } from "./pages/delivery.js";
import { digestPage } from "./pages/digest.js";
import { feedbackPage } from "./pages/feedback.js";
import { questionsPage } from "./pages/questions.js";
import { readersPage } from "./pages/readers.js";
import { CONSOLE_TEXTS } from "./texts.js";

const COOKIE = "newsdesk_console";
/** The digest preview's first view: the hour most readers choose. */
const DEFAULT_DIGEST_MINUTES = 8 * 60;

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

/** Reads a page number from a query: 0 for anything that is not a whole number. */
const pageOf = (text: string | undefined) => Math.max(0, Math.floor(Number(text) || 0));

/**
 * The editors' console: server-rendered pages over the bot's store and corpus. A login link (from /console) is
 * spent once for an HttpOnly, SameSite=Strict session cookie; every other request without a session gets a plain
 * 401 page. The pages run no inline script (CSP), and every reader-written text goes through Hono's escaping.
 */
export function createConsole(deps: ConsoleDeps): EditorsConsole {
  const access = createConsoleAccess(deps.now);
  const zone = deps.siteTimezone;
  let assets: ReturnType<typeof chartAssets> | null = null;
  const app = new Hono();

  app.use("*", async (c, next) => {
    await next();
    c.header("Content-Security-Policy", "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; frame-ancestors 'none'");
    c.header("Cache-Control", "no-store");
    c.header("Referrer-Policy", "no-referrer");
    c.header("X-Content-Type-Options", "nosniff");
  });

  app.get("/login/:token", (c) => {
    const session = access.redeem(c.req.param("token"));
    if (session === null) return c.html(plainPage(CONSOLE_TEXTS.unauthorized), 401);
    setCookie(c, COOKIE, session, { httpOnly: true, sameSite: "Strict", path: "/", maxAge: SESSION_TTL_MS / 1000 });
    return c.redirect("/questions", 303);
  });

  app.use("*", async (c, next) => {
    if (!access.hasSession(getCookie(c, COOKIE))) return c.html(plainPage(CONSOLE_TEXTS.unauthorized), 401);
    await next();
  });

  app.get("/", (c) => c.redirect("/questions", 303));
  const today = () => new Date(deps.now()).toISOString().slice(0, 10);
  app.get("/questions", (c) =>
    c.html(questionsPage(deps.data, { search: c.req.query("q") ?? "", page: pageOf(c.req.query("page")) }, zone, today())),
  );
  app.get("/feedback", (c) => c.html(feedbackPage(deps.data)));
  app.get("/readers", (c) => c.html(readersPage(deps.data, today())));
  app.get("/delivery", (c) => c.html(deliveryPage(deps.data, zone)));
  app.get("/corpus", (c) => c.html(corpusPage(deps.data, zone)));
  app.get("/digest", (c) =>
    c.html(digestPage(deps.data, { zone: c.req.query("zone") ?? "", time: c.req.query("time") ?? "" }, { zone, minutes: DEFAULT_DIGEST_MINUTES })),
  );
  // Read once, on the first page that draws a chart.
  app.get("/assets/uplot.js", (c) => c.body((assets ??= chartAssets()).script, 200, { "Content-Type": "text/javascript; charset=utf-8" }));
  app.get("/assets/uplot.css", (c) => c.body((assets ??= chartAssets()).css, 200, { "Content-Type": "text/css; charset=utf-8" }));
  app.get("/assets/charts.js", (c) => c.body(CHART_SCRIPT, 200, { "Content-Type": "text/javascript; charset=utf-8" }));
  app.notFound((c) => c.html(plainPage(CONSOLE_TEXTS.notFound), 404));
  app.onError((error, c) => {
    deps.logger.error({ error: String(error), path: c.req.path }, "console page failed");
    return c.text("Internal error", 500);
  });

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
