import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { timingSafeEqual } from "node:crypto";
import { isUpdateObject } from "./update-shape.js";

export interface WebhookServerOptions {
  /** The path Telegram posts to; any other gets 404. */
  path: string;
  secret: string;
  port: number;
  /** Where to listen; all interfaces unless given. */
  host?: string;
  maxBodyBytes: number;
  /** Takes a well-formed update; the request is answered 200 at once, before the update is handled. */
  accept(update: unknown): void;
}

export interface WebhookServer {
  /** Stops listening; resolves once the requests in flight are answered. */
  close(): Promise<void>;
}

const SECRET_HEADER = "x-telegram-bot-api-secret-token";

class BodyTooLarge extends Error {}

function hasSecret(req: IncomingMessage, secret: string): boolean {
  const given = Buffer.from(String(req.headers[SECRET_HEADER] ?? ""));
  const expected = Buffer.from(secret);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** The body, read up to `limit` bytes; a longer one (by its header or as it streams) throws BodyTooLarge. */
async function readBody(req: IncomingMessage, limit: number): Promise<string> {
  if (Number(req.headers["content-length"] ?? 0) > limit) throw new BodyTooLarge();
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit) throw new BodyTooLarge();
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString("utf8");
}

function parseUpdate(body: string): unknown {
  try {
    const parsed: unknown = JSON.parse(body);
    return isUpdateObject(parsed) ? parsed : null;
  } catch {
    return null;
  }
}

/** A refused body is not read further: the connection closes once the status is written. */
const refuse = (res: ServerResponse, status: number) => void res.writeHead(status, { connection: "close" }).end();

/**
 * The webhook's HTTP server: POSTs to `path` with the secret header (else 404, 401); a body over the limit gets 413
 * and one that is not an update object (malformed JSON, null, an array) 400, each before any handler sees it.
 */
export async function startWebhookServer(options: WebhookServerOptions): Promise<WebhookServer> {
  const serve = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    if (req.method !== "POST" || req.url !== options.path) return refuse(res, 404);
    // Telegraf's own filter answers 403; Telegram's documentation and our readers expect 401.
    if (!hasSecret(req, options.secret)) return refuse(res, 401);
    let body: string;
    try {
      body = await readBody(req, options.maxBodyBytes);
    } catch (error) {
      if (error instanceof BodyTooLarge) return refuse(res, 413);
      throw error;
    }
    const update = parseUpdate(body);
    if (update === null) return refuse(res, 400);
    options.accept(update);
    res.writeHead(200).end();
  };
  const server: Server = createServer((req, res) => {
    serve(req, res).catch(() => {
      // The client went away mid-body: there is nobody to answer.
      if (!res.headersSent) refuse(res, 400);
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, options.host, () => {
      server.off("error", reject);
      resolve();
    });
  });
  return { close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}
