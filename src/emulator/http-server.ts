import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { API_ERRORS, ApiError } from "./api-error.js";
import type { RequestScope } from "./methods/context.js";
import { readParams } from "./request-body.js";
import type { ApiParams, ApiResponse } from "./telegram-types.js";

/**
 * The HTTP face of the emulator: `POST|GET /bot<token>/<method>` on 127.0.0.1, answered like api.telegram.org (the
 * error code doubles as the HTTP status). A wrong token gets 401 and is not handled further, so it is never logged.
 */
export type CallOutcome = { response: ApiResponse } | { drop: true } | { garbled: true };

/** What a proxy in front of the Bot API answers when it fails: a 200 whose body is not JSON. */
const GARBLED_BODY = "<html><body>upstream error</body></html>";

export interface ApiHttpServer {
  /** Listens on 127.0.0.1 (port 0 = any free port); resolves with the API root URL. */
  start(port?: number): Promise<string>;
  /** Ends every connection, long polls included, and stops listening. */
  stop(): Promise<void>;
}

export interface HttpServerDeps {
  token: string;
  handle(method: string, params: ApiParams, scope: RequestScope): Promise<CallOutcome>;
}

const PATH = /^\/bot([^/]+)\/([A-Za-z0-9_]+)\/?$/;

function respond(res: ServerResponse, response: ApiResponse): void {
  if (res.writableEnded || res.destroyed) return;
  const status = response.ok ? 200 : response.error_code;
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(response));
}

export function createApiHttpServer(deps: HttpServerDeps): ApiHttpServer {
  const serve = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    const match = PATH.exec(url.pathname);
    if (!match) return respond(res, new ApiError(404, API_ERRORS.notFound).toResponse());
    if (decodeURIComponent(match[1] ?? "") !== deps.token) {
      return respond(res, new ApiError(401, API_ERRORS.unauthorized).toResponse());
    }
    let params: ApiParams;
    try {
      params = await readParams(req, url);
    } catch (error) {
      if (error instanceof ApiError) return respond(res, error.toResponse());
      throw error;
    }
    const onGone: Array<() => void> = [];
    res.on("close", () => {
      if (!res.writableEnded) for (const cancel of onGone) cancel();
    });
    const outcome = await deps.handle(match[2] ?? "", params, { onClientGone: (cancel) => onGone.push(cancel) });
    if ("drop" in outcome) req.socket.destroy();
    else if ("garbled" in outcome) res.writeHead(200, { "content-type": "application/json" }).end(GARBLED_BODY);
    else respond(res, outcome.response);
  };

  const server = createServer((req, res) => {
    serve(req, res).catch((error: unknown) => {
      respond(res, new ApiError(500, `Internal Server Error: ${(error as Error).message}`).toResponse());
    });
  });

  return {
    start: (port = 0) =>
      new Promise((resolve, reject) => {
        server.once("error", reject);
        server.listen(port, "127.0.0.1", () => {
          server.off("error", reject);
          resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`);
        });
      }),
    stop: () =>
      new Promise((resolve) => {
        if (!server.listening) return resolve();
        server.close(() => resolve());
        server.closeIdleConnections();
        // Answers just written (a released long poll) get a moment to leave before the sockets are cut.
        setImmediate(() => server.closeAllConnections());
      }),
  };
}
