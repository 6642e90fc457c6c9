import { request, type ClientRequest } from "node:http";
import type { UpdateQueue } from "./update-queue.js";
import type { ApiParams, TgUpdate } from "./telegram-types.js";

/**
 * Webhook mode: updates are POSTed one at a time, in order, to the URL from setWebhook, with the
 * X-Telegram-Bot-Api-Secret-Token header when a secret was set. An update leaves the queue on a 2xx answer; otherwise
 * the error is kept for getWebhookInfo and delivery is retried later, as Telegram does. A JSON body answering the POST
 * with a `method` field is a Bot API call made in the webhook reply (Telegraf's webhookReply) and is executed.
 */
export interface WebhookDelivery {
  set(url: string, secretToken: string | undefined): void;
  clear(): void;
  url(): string | null;
  info(): Record<string, unknown>;
  /** True while a POST is in flight. */
  busy(): boolean;
  /** Posts any update with any (or no) secret, bypassing the queue; resolves with the HTTP status. */
  deliverRaw(update: unknown, secretToken: string | undefined): Promise<number>;
  stop(): void;
}

export interface WebhookDeps {
  queue: UpdateQueue;
  retryDelayMs: number;
  now: () => number;
  onReply(method: string, params: ApiParams): Promise<unknown>;
}

interface PostResult {
  status: number;
  body: string;
}

const SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token";

export function createWebhookDelivery(deps: WebhookDeps): WebhookDelivery {
  let target: { url: string; secret: string | undefined } | null = null;
  let pumping = false;
  let stopped = false;
  let retryTimer: NodeJS.Timeout | null = null;
  let lastError: { date: number; message: string } | null = null;
  const inFlight = new Set<ClientRequest>();

  const post = (url: string, body: string, secret: string | undefined): Promise<PostResult> =>
    new Promise((resolve, reject) => {
      const headers: Record<string, string | number> = {
        "content-type": "application/json",
        "content-length": Buffer.byteLength(body),
      };
      if (secret !== undefined) headers[SECRET_HEADER] = secret;
      const req = request(url, { method: "POST", headers, agent: false }, (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (chunk: Buffer) => chunks.push(chunk));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString("utf8") }));
        res.on("error", reject);
      });
      inFlight.add(req);
      req.on("close", () => inFlight.delete(req));
      req.on("error", reject);
      req.end(body);
    });

  const runReply = async (result: PostResult): Promise<void> => {
    if (!result.body.trim().startsWith("{")) return;
    try {
      const { method, ...params } = JSON.parse(result.body) as ApiParams;
      if (typeof method === "string") await deps.onReply(method, params);
    } catch {
      // A body that is not a webhook reply is ignored, as Telegram ignores it.
    }
  };

  const pump = async (): Promise<void> => {
    if (pumping) return;
    pumping = true;
    try {
      for (let update = deps.queue.head(); update && target && !stopped; update = deps.queue.head()) {
        const delivered = await deliver(update, target.url, target.secret);
        if (!delivered) {
          if (stopped) break;
          retryTimer = setTimeout(() => {
            retryTimer = null;
            void pump();
          }, deps.retryDelayMs);
          retryTimer.unref();
          break;
        }
        deps.queue.confirm(update.update_id);
      }
    } finally {
      pumping = false;
    }
  };

  const deliver = async (update: TgUpdate, url: string, secret: string | undefined): Promise<boolean> => {
    try {
      const result = await post(url, JSON.stringify(update), secret);
      if (result.status >= 200 && result.status < 300) {
        await runReply(result);
        return true;
      }
      lastError = { date: Math.floor(deps.now() / 1000), message: `Wrong response from the webhook: ${result.status}` };
    } catch (error) {
      lastError = { date: Math.floor(deps.now() / 1000), message: (error as Error).message };
    }
    return false;
  };

  deps.queue.onEnqueue(() => void pump());

  return {
    set(url, secretToken) {
      target = { url, secret: secretToken };
      lastError = null;
      void pump();
    },
    clear() {
      target = null;
    },
    url: () => target?.url ?? null,
    info: () => ({
      url: target?.url ?? "",
      has_custom_certificate: false,
      pending_update_count: deps.queue.size(),
      ...(lastError ? { last_error_date: lastError.date, last_error_message: lastError.message } : {}),
    }),
    busy: () => pumping || inFlight.size > 0,
    async deliverRaw(update, secretToken) {
      if (!target) throw new Error("deliverRaw needs a webhook: the bot has not called setWebhook");
      const result = await post(target.url, JSON.stringify(update), secretToken);
      if (result.status >= 200 && result.status < 300) await runReply(result);
      return result.status;
    },
    stop() {
      stopped = true;
      target = null;
      if (retryTimer) clearTimeout(retryTimer);
      for (const req of inFlight) req.destroy();
    },
  };
}
