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
  /** Reads the windows kept in the store (a predecessor's, or another instance's) into this process's copy. */
  load(): Promise<void>;
}

export interface HoldsDeps {
  /** A getter: the store opens when the app starts. */
  getStore(): TelegramHoldStore;
  now: () => number;
  /** Resolves after `ms` or as soon as `signal` aborts; a test whose clock jumps ends the wait at the jump. */
  sleep?: (ms: number, signal: AbortSignal) => Promise<void>;
  /** A window could not be written to the store (it still holds in this process). */
  onError?: (error: unknown) => void;
}

const BOT_SCOPE = "bot";
const chatScope = (chatId: number) => `chat:${chatId}`;

export const abortableSleep = (ms: number, signal: AbortSignal): Promise<void> =>
  delay(ms, undefined, { signal }).catch(() => undefined);

/**
 * The windows are read from the store when it opens (load) and written through, so that no Telegram call waits on
 * the database: this process's copy is what its calls go by, and the store is what the next process reads.
 */
export function createTelegramHolds(deps: HoldsDeps): TelegramHolds {
  const sleep = deps.sleep ?? abortableSleep;
  const windows = new Map<string, number>();
  const known = (now: number): Map<string, number> => {
    // Ended windows are forgotten here as in the store, so the copy holds only the few that are running.
    for (const [scope, end] of windows) if (end <= now) windows.delete(scope);
    return windows;
  };
  const keep = (scope: string, until: number) => windows.set(scope, Math.max(until, windows.get(scope) ?? 0));
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
      known(now);
      keep(scope, until);
      void deps
        .getStore()
        .hold(scope, until, now)
        .catch((error: unknown) => deps.onError?.(error));
    },
    async load() {
      for (const [scope, until] of await deps.getStore().active(deps.now())) keep(scope, until);
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
    heldUntil: async (scope, now) => heldUntil(scope, now),
    active: async (now) => new Map([...until].filter(([, end]) => end > now)),
    hold: async (scope, untilMs) => void until.set(scope, Math.max(untilMs, until.get(scope) ?? 0)),
  };
}
