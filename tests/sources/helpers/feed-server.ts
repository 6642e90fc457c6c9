import { createServer, type IncomingHttpHeaders, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export interface FeedRoute {
  status?: number;
  body?: string;
  contentType?: string;
  /** Validators the server sends, and answers 304 to when a request carries them back. */
  etag?: string;
  lastModified?: string;
  /** Accept the request and never answer. */
  hang?: boolean;
  /** Answer 302 to this address. */
  redirectTo?: string;
  /** Stream this many bytes of filler, a chunk at a time, for as long as the client reads. */
  streamBytes?: number;
}

export interface SeenRequest {
  path: string;
  headers: IncomingHttpHeaders;
}

export interface FeedServer {
  url(path: string): string;
  /** Sets what a path serves from now on. */
  route(path: string, route: FeedRoute): void;
  requests: SeenRequest[];
  requestsTo(path: string): SeenRequest[];
  stop(): Promise<void>;
}

/** Writes `total` bytes a 64 KB chunk at a time, waiting whenever the client is slower; stops when it goes. */
function stream(response: ServerResponse, total: number): void {
  const chunk = Buffer.alloc(64 * 1024, "a");
  let sent = 0;
  const write = (): void => {
    while (sent < total && !response.destroyed) {
      sent += chunk.length;
      if (!response.write(chunk)) return void response.once("drain", write);
    }
    response.end();
  };
  response.writeHead(200, { "content-type": "text/html" });
  write();
}

function answer(response: ServerResponse, route: FeedRoute, headers: IncomingHttpHeaders): void {
  if (route.redirectTo) return void response.writeHead(302, { location: route.redirectTo }).end();
  if (route.streamBytes) return stream(response, route.streamBytes);
  const validators: Record<string, string> = {};
  if (route.etag) validators.etag = route.etag;
  if (route.lastModified) validators["last-modified"] = route.lastModified;
  const etagMatches = route.etag !== undefined && headers["if-none-match"] === route.etag;
  const dateMatches = route.lastModified !== undefined && headers["if-modified-since"] === route.lastModified;
  if (etagMatches || (headers["if-none-match"] === undefined && dateMatches)) {
    response.writeHead(304, validators).end();
    return;
  }
  response.writeHead(route.status ?? 200, { "content-type": route.contentType ?? "application/rss+xml; charset=utf-8", ...validators });
  response.end(route.body ?? "");
}

/** A feed host on 127.0.0.1 that serves what each test sets, honours conditional requests, and records every request. */
export async function startFeedServer(): Promise<FeedServer> {
  const routes = new Map<string, FeedRoute>();
  const requests: SeenRequest[] = [];
  const server = createServer((request, response) => {
    const path = request.url ?? "/";
    requests.push({ path, headers: request.headers });
    const route = routes.get(path);
    if (!route) {
      response.writeHead(404, { "content-type": "text/plain" }).end("not found");
      return;
    }
    if (route.hang) return;
    answer(response, route, request.headers);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: (path) => `http://127.0.0.1:${port}${path}`,
    route: (path, route) => void routes.set(path, route),
    requests,
    requestsTo: (path) => requests.filter((request) => request.path === path),
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
