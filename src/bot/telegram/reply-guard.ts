import { TelegramError, type Context, type MiddlewareFn, type Telegram } from "telegraf";
import type { Logger } from "../../log/logger.js";
import { abortableSleep, type TelegramHolds } from "./holds.js";
import { telegramRetryAfter } from "./retry-after.js";

export interface ReplyGuardDeps {
  holds: TelegramHolds;
  logger: Logger;
  /** The longest a reply waits for a 429 window to end; a longer window drops the reply without calling. */
  maxWaitMs: number;
  sleep?: (ms: number, signal: AbortSignal) => Promise<void>;
}

type CallApi = Telegram["callApi"];

/** The chat a call is about, when it names one by its numeric id. */
function chatOf(payload: unknown): number | null {
  const chatId = (payload as { chat_id?: unknown } | null)?.chat_id;
  return typeof chatId === "number" ? chatId : null;
}

/** What a call made inside a 429 window fails with, as if Telegram had answered it, without reaching Telegram. */
function heldError(method: string, payload: unknown, waitMs: number): TelegramError {
  const retryAfter = Math.ceil(waitMs / 1000);
  return new TelegramError(
    { error_code: 429, description: `Too Many Requests: retry after ${retryAfter} (held back)`, parameters: { retry_after: retryAfter } },
    { method, payload },
  );
}

/**
 * Makes `telegram`'s calls honour 429: a call inside a known window waits for its end when that is short, and a 429
 * answer is recorded and, when its retry_after is short, waited out and tried once more. A window longer than
 * `maxWaitMs` fails the call at once, without calling, so that nothing (an apology either) is sent into a 429.
 */
export function guardCalls(telegram: Telegram, deps: ReplyGuardDeps): void {
  const call = telegram.callApi.bind(telegram) as (method: string, payload: unknown, options?: unknown) => Promise<unknown>;
  const sleep = deps.sleep ?? abortableSleep;
  const neverAborted = new AbortController().signal;
  const guarded = async (method: string, payload: unknown, options?: unknown): Promise<unknown> => {
    const chatId = chatOf(payload);
    for (let attempt = 0; ; attempt++) {
      const waitMs = deps.holds.remainingMs(chatId);
      if (waitMs > deps.maxWaitMs) throw heldError(method, payload, waitMs);
      if (waitMs > 0) await sleep(waitMs, neverAborted);
      try {
        return await call(method, payload, options);
      } catch (error) {
        const retryAfter = telegramRetryAfter(error);
        if (retryAfter === null) throw error;
        deps.holds.record(chatId, retryAfter);
        const retrying = attempt === 0 && retryAfter * 1000 <= deps.maxWaitMs;
        deps.logger.warn({ method, chatId, retryAfter, retrying }, "Telegram asked a reply to wait");
        if (!retrying) throw error;
      }
    }
  };
  telegram.callApi = guarded as CallApi;
}

/** The middleware that guards each update's own client (Telegraf makes one per update), first in the chain. */
export function replyGuard(deps: ReplyGuardDeps): MiddlewareFn<Context> {
  return (ctx, next) => {
    guardCalls(ctx.telegram, deps);
    return next();
  };
}
