import { createServer, type IncomingMessage, type Server } from "node:http";
import { timingSafeEqual } from "node:crypto";
import type { Context, Telegraf } from "telegraf";
import type { BotCommand } from "telegraf/types";
import type { Logger } from "../log/logger.js";
import { describeError } from "./middlewares/error-boundary.js";

export interface WebhookOptions {
  /** The public URL Telegram posts updates to; its path is the one the server answers. */
  url: string;
  secret: string;
  port: number;
  /** Where to listen; all interfaces unless given. */
  host?: string;
}

export interface LaunchOptions {
  token: string;
  commands: BotCommand[];
  webhook: WebhookOptions | null;
  logger: Logger;
  /** Called when long polling ends by itself on an error (another instance polling: 409, a revoked token). */
  onFailure?: (error: unknown) => void;
}

export interface RunningBot {
  /** Stops taking updates and resolves once the updates in hand are handled. */
  stop(): Promise<void>;
}

const SECRET_HEADER = "x-telegram-bot-api-secret-token";

function hasSecret(req: IncomingMessage, secret: string): boolean {
  const given = Buffer.from(String(req.headers[SECRET_HEADER] ?? ""));
  const expected = Buffer.from(secret);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

async function launchPolling(bot: Telegraf<Context>, options: LaunchOptions): Promise<RunningBot> {
  const polling = bot.launch();
  const settled = polling.then(
    () => true,
    (error: unknown) => {
      options.logger.error(describeError(error, [options.token]), "long polling stopped");
      options.onFailure?.(error);
      return true;
    },
  );
  return {
    async stop() {
      // launch() starts polling after its own round trip to Telegram; until then there is nothing to stop.
      for (;;) {
        try {
          bot.stop("shutdown");
          break;
        } catch {
          const ended = await Promise.race([settled, new Promise<false>((resolve) => setTimeout(resolve, 20, false))]);
          if (ended) break;
        }
      }
      await settled;
    },
  };
}

async function launchWebhook(bot: Telegraf<Context>, webhook: WebhookOptions, options: LaunchOptions): Promise<RunningBot> {
  const path = new URL(webhook.url).pathname;
  const handle = bot.webhookCallback(path, { secretToken: webhook.secret });
  const server: Server = createServer((req, res) => {
    if (req.method !== "POST" || req.url !== path) return void res.writeHead(404).end();
    // Telegraf's own filter answers 403; Telegram's documentation and our readers expect 401.
    if (!hasSecret(req, webhook.secret)) return void res.writeHead(401).end();
    handle(req, res).catch((error: unknown) => {
      options.logger.error(describeError(error, [options.token]), "webhook request failed");
      if (!res.headersSent) res.writeHead(500).end();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(webhook.port, webhook.host, resolve);
  });
  // close() waits for requests in flight, whose updates are handled before they are answered.
  const close = () => new Promise<void>((resolve) => server.close(() => resolve()));
  try {
    await bot.telegram.setWebhook(webhook.url, { secret_token: webhook.secret });
  } catch (error) {
    await close();
    throw error;
  }
  options.logger.info({ port: webhook.port, path }, "webhook listening");
  return { stop: close };
}

/**
 * Starts taking updates: the command menu first, then long polling, or a webhook server when one is
 * configured (a request without the secret header gets 401).
 */
export async function launchBot(bot: Telegraf<Context>, options: LaunchOptions): Promise<RunningBot> {
  bot.botInfo ??= await bot.telegram.getMe();
  await bot.telegram.setMyCommands(options.commands);
  const running = options.webhook ? await launchWebhook(bot, options.webhook, options) : await launchPolling(bot, options);
  options.logger.info({ username: bot.botInfo.username, mode: options.webhook ? "webhook" : "polling" }, "bot started");
  return running;
}
