import type { Context, Telegraf } from "telegraf";
import type { BotCommand, Update } from "telegraf/types";
import type { Logger } from "../log/logger.js";
import { BOT_DEFAULTS } from "./defaults.js";
import { describeError } from "./middlewares/error-boundary.js";
import { abortableSleep, type TelegramHolds } from "./telegram/holds.js";
import { telegramRetryAfter } from "./telegram/retry-after.js";
import { startLongPolling, type PollingTimings } from "./updates/long-polling.js";
import { createUpdateDispatcher, type UpdateDispatcher } from "./updates/update-dispatcher.js";
import { startWebhookServer } from "./updates/webhook-server.js";

export interface WebhookOptions {
  /** The public URL Telegram posts updates to; its path is the one the server answers. */
  url: string;
  secret: string;
  port: number;
  /** Where to listen; all interfaces unless given. */
  host?: string;
}

/** How long the bot waits for Telegram at each step; the defaults hold unless a test gives shorter ones. */
export interface LaunchTimings extends PollingTimings {
  stopDrainMs: number;
  offsetConfirmTimeoutMs: number;
}

/** The menu Telegram shows users whose app is in `languageCode`; without one, the menu for all others. */
export interface CommandMenu {
  languageCode?: string;
  commands: BotCommand[];
}

export interface LaunchOptions {
  token: string;
  /** The command menu in each language: one without a language code (everyone else's), then one per language. */
  menus: CommandMenu[];
  webhook: WebhookOptions | null;
  logger: Logger;
  /** Telegram's 429 windows; the start waits out the bot's own before its first call. */
  holds: TelegramHolds;
  /** Aborts the start (a stop during it), also while it waits out a 429 window. */
  signal?: AbortSignal;
  timings?: Partial<LaunchTimings>;
  sleep?: (ms: number, signal: AbortSignal) => Promise<void>;
  /** Called when long polling ends by itself on an error (another instance polling: 409, a revoked token). */
  onFailure?: (error: unknown) => void;
}

export interface RunningBot {
  /** Stops taking updates and resolves once the updates in hand are handled (or given up after a few seconds). */
  stop(): Promise<void>;
}

const DEFAULT_TIMINGS: LaunchTimings = {
  timeoutSeconds: BOT_DEFAULTS.pollTimeoutSeconds,
  overdueMs: BOT_DEFAULTS.pollOverdueMs,
  backoffFirstMs: BOT_DEFAULTS.pollBackoffFirstMs,
  backoffMaxMs: BOT_DEFAULTS.pollBackoffMaxMs,
  stopDrainMs: BOT_DEFAULTS.stopDrainMs,
  offsetConfirmTimeoutMs: BOT_DEFAULTS.offsetConfirmTimeoutMs,
};

/** Makes a start-up call, first waiting out the bot's 429 window; a 429 answer opens one and the call is made again. */
async function whenAllowed<T>(call: () => Promise<T>, options: LaunchOptions, signal: AbortSignal): Promise<T> {
  for (;;) {
    await options.holds.waitForBot(signal);
    signal.throwIfAborted();
    try {
      return await call();
    } catch (error) {
      const retryAfter = telegramRetryAfter(error);
      if (retryAfter === null) throw error;
      options.holds.record(null, retryAfter);
      options.logger.warn({ retryAfter }, "Telegram asked the start to wait");
    }
  }
}

/** Ends taking updates, gives the updates in hand their time (logging what is left), then runs `afterwards`. */
function stopper(
  dispatcher: UpdateDispatcher,
  steps: { stopTaking: () => Promise<void>; afterwards?: () => Promise<void> },
  options: LaunchOptions,
  timings: LaunchTimings,
) {
  let stopping: Promise<void> | null = null;
  return () =>
    (stopping ??= (async () => {
      await steps.stopTaking();
      const left = await dispatcher.drain(timings.stopDrainMs);
      if (left > 0) options.logger.warn({ left }, "updates still in hand at stop were dropped");
      await steps.afterwards?.();
    })());
}

function launchPolling(bot: Telegraf<Context>, dispatcher: UpdateDispatcher, options: LaunchOptions, timings: LaunchTimings): RunningBot {
  const secrets = [options.token];
  const polling = startLongPolling({
    telegram: bot.telegram,
    dispatcher,
    holds: options.holds,
    logger: options.logger,
    secrets,
    timings,
    sleep: options.sleep ?? abortableSleep,
    onFatal(error) {
      options.logger.error(describeError(error, secrets), "long polling stopped");
      options.onFailure?.(error);
    },
  });
  return { stop: stopper(dispatcher, { stopTaking: () => polling.stop(), afterwards: () => polling.confirmTaken() }, options, timings) };
}

async function launchWebhook(
  bot: Telegraf<Context>,
  dispatcher: UpdateDispatcher,
  webhook: WebhookOptions,
  options: LaunchOptions,
  timings: LaunchTimings,
  signal: AbortSignal,
): Promise<RunningBot> {
  const path = new URL(webhook.url).pathname;
  const server = await startWebhookServer({
    path,
    secret: webhook.secret,
    port: webhook.port,
    host: webhook.host,
    maxBodyBytes: BOT_DEFAULTS.webhookMaxBodyBytes,
    accept: (update) => dispatcher.push(update as Update),
  });
  try {
    await whenAllowed(() => bot.telegram.setWebhook(webhook.url, { secret_token: webhook.secret }), options, signal);
  } catch (error) {
    await server.close();
    throw error;
  }
  options.logger.info({ port: webhook.port, path }, "webhook listening");
  return { stop: stopper(dispatcher, { stopTaking: () => server.close() }, options, timings) };
}

/**
 * Starts taking updates: the command menu first, then long polling, or a webhook server when one is configured
 * (a request without the secret header gets 401). Either way each update is handed on as it comes, its chat's
 * earlier updates first, other chats' side by side.
 */
export async function launchBot(bot: Telegraf<Context>, options: LaunchOptions): Promise<RunningBot> {
  const timings = { ...DEFAULT_TIMINGS, ...options.timings };
  const signal = options.signal ?? new AbortController().signal;
  const dispatcher = createUpdateDispatcher({
    handle: (update) => bot.handleUpdate(update),
    maxInHand: BOT_DEFAULTS.maxUpdatesInHand,
    logger: options.logger,
    secrets: [options.token],
  });
  bot.botInfo ??= await whenAllowed(() => bot.telegram.getMe(), options, signal);
  for (const menu of options.menus) {
    const extra = menu.languageCode ? { language_code: menu.languageCode } : undefined;
    await whenAllowed(() => bot.telegram.setMyCommands(menu.commands, extra), options, signal);
  }
  let running: RunningBot;
  if (options.webhook) running = await launchWebhook(bot, dispatcher, options.webhook, options, timings, signal);
  else {
    // A webhook set earlier would answer every getUpdates with 409.
    await whenAllowed(() => bot.telegram.deleteWebhook(), options, signal);
    running = launchPolling(bot, dispatcher, options, timings);
  }
  options.logger.info({ username: bot.botInfo.username, mode: options.webhook ? "webhook" : "polling" }, "bot started");
  return running;
}
