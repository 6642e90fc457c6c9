import { setTimeout as delay } from "node:timers/promises";
import type { TelegramHoldStore } from "../../store/types.js";

/**
 * The windows Telegram gave with a 429 (retry_after), for one chat or for the whole bot (`null`): no call goes to
 * Telegram inside one. They are kept in the store, so that a restarted bot waits out its predecessor's windows.
 */
export interface TelegramHolds {
  /** Ms left before a call about this chat may go (the bot's window counts for every chat); 0 when free. */
  remainingMs(chatId: number | null): number;
  /** Telegram answered 429 with retry_after for this chat, or for the whole bot. */
  record(chatId: number | null, retryAfterSeconds: number): void;
  /** Resolves once the bot's own window is over, or at once when `signal` aborts. */
  waitForBot(signal: AbortSignal): Promise<void>;
}

export interface HoldsDeps {
  /** A getter: the store opens when the app starts. */
  getStore(): TelegramHoldStore;
  now: () => number;
  /** Resolves after `ms` or as soon as `signal` aborts; a test whose clock jumps ends the wait at the jump. */
  sleep?: (ms: number, signal: AbortSignal) => Promise<void>;
}

const BOT_SCOPE = "bot";
const chatScope = (chatId: number) => `chat:${chatId}`;

export const abortableSleep = (ms: number, signal: AbortSignal): Promise<void> =>
  delay(ms, undefined, { signal }).catch(() => undefined);

/**
 * The windows are read from the store once, at the first call after it opens, and written through: this process is
 * the only bot on its DATA_DIR (the store's lock), so its copy stays the truth, and no Telegram call reads SQLite.
 */
export function createTelegramHolds(deps: HoldsDeps): TelegramHolds {
  const sleep = deps.sleep ?? abortableSleep;
  let windows: Map<string, number> | null = null;
  const known = (now: number): Map<string, number> => (windows ??= deps.getStore().active(now));
  const left = (scope: string, now: number): number => Math.max(0, (known(now).get(scope) ?? now) - now);
  const remainingMs = (chatId: number | null): number => {
    const now = deps.now();
    return Math.max(left(BOT_SCOPE, now), chatId === null ? 0 : left(chatScope(chatId), now));
  };
  return {
    remainingMs,
    record(chatId, retryAfterSeconds) {
      const now = deps.now();
      const scope = chatId === null ? BOT_SCOPE : chatScope(chatId);
      const until = now + Math.max(1, retryAfterSeconds) * 1000;
      deps.getStore().hold(scope, until, now);
      const copy = known(now);
      // Ended windows are forgotten here as in the store, so the copy holds only the few that are running.
      for (const [other, end] of copy) if (end <= now) copy.delete(other);
      copy.set(scope, Math.max(until, copy.get(scope) ?? 0));
    },
    async waitForBot(signal) {
      for (let ms = remainingMs(null); ms > 0 && !signal.aborted; ms = remainingMs(null)) await sleep(ms, signal);
    },
  };
}

/** Holds for a bot without a store (a test harness): kept in memory, so they last as long as the process. */
export function createMemoryHoldStore(): TelegramHoldStore {
  const until = new Map<string, number>();
  const heldUntil = (scope: string, now: number): number | null => {
    const end = until.get(scope);
    return end !== undefined && end > now ? end : null;
  };
  return {
    heldUntil,
    active: (now) => new Map([...until].filter(([, end]) => end > now)),
    hold: (scope, untilMs) => void until.set(scope, Math.max(untilMs, until.get(scope) ?? 0)),
  };
}
