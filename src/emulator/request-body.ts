import type { IncomingMessage } from "node:http";
import { API_ERRORS, ApiError, badRequest } from "./api-error.js";
import type { ApiParams } from "./telegram-types.js";

/**
 * Reads a Bot API request's parameters the way Telegram accepts them: a query string, a JSON body,
 * application/x-www-form-urlencoded, or multipart/form-data (what Telegraf sends when a payload holds a file).
 * Form values are strings on the wire, so known JSON, number and boolean fields are decoded to what a JSON body holds
 * (a JSON field may arrive as a JSON-encoded string in a JSON body too; Telegram accepts both).
 */

const BODY_LIMIT = 10 * 1024 * 1024;

const JSON_FIELDS = new Set([
  "reply_markup",
  "results",
  "entities",
  "caption_entities",
  "allowed_updates",
  "commands",
  "scope",
  "link_preview_options",
  "reply_parameters",
  "button",
]);

const NUMBER_FIELDS = new Set([
  "chat_id",
  "message_id",
  "user_id",
  "offset",
  "limit",
  "timeout",
  "message_thread_id",
  "reply_to_message_id",
  "cache_time",
  "max_connections",
]);

const BOOLEAN_FIELDS = new Set([
  "disable_notification",
  "protect_content",
  "show_alert",
  "is_personal",
  "drop_pending_updates",
  "disable_web_page_preview",
  "allow_sending_without_reply",
]);

export async function readParams(req: IncomingMessage, url: URL): Promise<ApiParams> {
  const fields: Record<string, unknown> = Object.fromEntries(url.searchParams);
  const body = await readBody(req);
  const type = (req.headers["content-type"] ?? "").toLowerCase();
  if (body.length > 0) {
    if (type.startsWith("application/json")) Object.assign(fields, parseJsonBody(body));
    else if (type.startsWith("multipart/form-data")) Object.assign(fields, parseMultipart(body, type));
    else Object.assign(fields, Object.fromEntries(new URLSearchParams(body.toString("utf8"))));
  }
  return normalize(fields, !type.startsWith("application/json"));
}

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > BODY_LIMIT) throw new ApiError(413, "Request Entity Too Large");
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

function parseJsonBody(body: Buffer): Record<string, unknown> {
  try {
    const value: unknown = JSON.parse(body.toString("utf8"));
    if (value && typeof value === "object" && !Array.isArray(value)) return value as Record<string, unknown>;
  } catch {
    // falls through to the refusal below
  }
  throw badRequest(API_ERRORS.bodyInvalid);
}

function parseMultipart(body: Buffer, contentType: string): Record<string, unknown> {
  const boundary = /boundary="?([^";]+)"?/.exec(contentType)?.[1];
  if (!boundary) throw badRequest(API_ERRORS.bodyInvalid);
  const fields: Record<string, unknown> = {};
  const delimiter = Buffer.from(`--${boundary}`);
  let at = body.indexOf(delimiter);
  while (at >= 0) {
    const next = body.indexOf(delimiter, at + delimiter.length);
    if (next < 0) break;
    const part = body.subarray(at + delimiter.length, next);
    const headerEnd = part.indexOf("\r\n\r\n");
    if (headerEnd >= 0) {
      const headers = part.subarray(0, headerEnd).toString("utf8");
      const name = /name="([^"]*)"/i.exec(headers)?.[1];
      const content = part.subarray(headerEnd + 4, part.length - 2);
      const filename = /filename="([^"]*)"/i.exec(headers)?.[1];
      if (name) fields[name] = filename === undefined ? content.toString("utf8") : { filename, size: content.length };
    }
    at = next;
  }
  // Telegraf repeats the method inside a multipart body; the URL already names it.
  delete fields.method;
  return fields;
}

function normalize(fields: Record<string, unknown>, fromForm: boolean): ApiParams {
  const params: ApiParams = {};
  for (const [key, value] of Object.entries(fields)) {
    if (value === null || value === undefined) continue;
    if (typeof value !== "string") params[key] = value;
    else if (JSON_FIELDS.has(key)) params[key] = parseJsonField(key, value);
    else if (NUMBER_FIELDS.has(key) && /^-?\d+$/.test(value)) params[key] = Number(value);
    else if (BOOLEAN_FIELDS.has(key) && fromForm && /^(true|false)$/.test(value)) params[key] = value === "true";
    else params[key] = value;
  }
  return params;
}

function parseJsonField(key: string, value: string): unknown {
  try {
    return JSON.parse(value);
  } catch {
    throw badRequest(key === "reply_markup" ? API_ERRORS.markupInvalid : API_ERRORS.jsonInvalid(key));
  }
}
