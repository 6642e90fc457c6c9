import { Hono } from "hono";
import { getCookie, setCookie } from "hono/cookie";
import type { Logger } from "../log/logger.js";
import { SESSION_TTL_MS, type ConsoleAccess } from "./access.js";
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
const SCRIPT_TYPE = { "Content-Type": "text/javascript; charset=utf-8" };

export interface ConsoleAppDeps {
  access: ConsoleAccess;
  data: ConsoleData;
  /** The site's zone: times are shown in it. */
  siteTimezone: string;
  now: () => number;
  logger: Logger;
}

/** Reads a page number from a query: 0 for anything that is not a whole number. */
const pageOf = (text: string | undefined) => Math.max(0, Math.floor(Number(text) || 0));

/**
 * Headers on every answer (no inline script may run, nothing is cached or framed), then the login link, which is
 * spent once for an HttpOnly, SameSite=Strict session cookie, then a plain 401 for any request without a session.
 */
function guard(app: Hono, access: ConsoleAccess): void {
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
}

function pages(app: Hono, deps: ConsoleAppDeps): void {
  const { data, siteTimezone: zone } = deps;
  const today = () => new Date(deps.now()).toISOString().slice(0, 10);
  app.get("/", (c) => c.redirect("/questions", 303));
  app.get("/questions", async (c) =>
    c.html(await questionsPage(data, { search: c.req.query("q") ?? "", page: pageOf(c.req.query("page")) }, zone, today())),
  );
  app.get("/feedback", async (c) => c.html(await feedbackPage(data)));
  app.get("/readers", async (c) => c.html(await readersPage(data, today())));
  app.get("/delivery", async (c) => c.html(await deliveryPage(data, zone)));
  app.get("/corpus", (c) => c.html(corpusPage(data, zone)));
  app.get("/digest", async (c) =>
    c.html(await digestPage(data, { zone: c.req.query("zone") ?? "", time: c.req.query("time") ?? "" }, { zone, minutes: DEFAULT_DIGEST_MINUTES })),
  );
}

/** uPlot's files, read once from node_modules on the first page that draws a chart, and the console's own script. */
function assets(app: Hono): void {
  let files: ReturnType<typeof chartAssets> | null = null;
  app.get("/assets/uplot.js", (c) => c.body((files ??= chartAssets()).script, 200, SCRIPT_TYPE));
  app.get("/assets/uplot.css", (c) => c.body((files ??= chartAssets()).css, 200, { "Content-Type": "text/css; charset=utf-8" }));
  app.get("/assets/charts.js", (c) => c.body(CHART_SCRIPT, 200, SCRIPT_TYPE));
}

/** The console's routes: server-rendered pages (every reader-written text through Hono's escaping) behind a session. */
export function createConsoleApp(deps: ConsoleAppDeps): Hono {
  const app = new Hono();
  guard(app, deps.access);
  pages(app, deps);
  assets(app);
  app.notFound((c) => c.html(plainPage(CONSOLE_TEXTS.notFound), 404));
  app.onError((error, c) => {
    deps.logger.error({ error: String(error), path: c.req.path }, "console page failed");
    return c.text("Internal error", 500);
  });
  return app;
}
