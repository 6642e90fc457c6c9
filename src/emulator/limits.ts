import type { EmulatorLimits } from "./telegram-types.js";

/**
 * Telegram's flood limits on sendMessage, enforced so that a bot's sender is tested against a 429 before Telegram
 * gives it one. Only accepted sends count (a refused or failed call uses no capacity).
 *
 * Time: the limits run on emulated Telegram time, `(now() - start) * timeScale` milliseconds. With timeScale 10 a
 * 1 s window lasts 100 ms of `now()` and perChatIntervalMs 1000 lets one message a chat through every 100 ms; every
 * limit in `EmulatorLimits` is written in emulated units, as Telegram documents them.
 * retry_after: reported in emulated seconds, as Telegram reports it: the whole seconds (at least 1) until the send
 * that hit the limit would be accepted. A client honouring it under timeScale s waits retry_after * 1000 / s ms of
 * `now()`; `retryAfterSeconds` replaces the computed value when set (still emulated seconds).
 */
export interface RateLimiter {
  /**
   * Null when a sendMessage to this chat may go now; otherwise the retry_after to report. A paid broadcast
   * (allow_paid_broadcast) meets the higher overall cap.
   */
  check(chatId: number, isGroup: boolean, paid?: boolean): number | null;
  /** Counts an accepted send. */
  record(chatId: number, isGroup: boolean): void;
}

const SECOND = 1000;
const MINUTE = 60_000;
/** Telegram's paid broadcasts: up to 1,000 messages a second. */
const PAID_PER_SECOND = 1000;

export function createRateLimiter(limits: EmulatorLimits, now: () => number): RateLimiter {
  const scale = limits.timeScale && limits.timeScale > 0 ? limits.timeScale : 1;
  const start = now();
  const emulatedNow = (): number => (now() - start) * scale;
  const global: number[] = [];
  const lastPerChat = new Map<number, number>();
  const perGroup = new Map<number, number[]>();

  const prune = (times: number[], window: number, at: number): void => {
    while (times.length > 0 && (times[0] as number) <= at - window) times.shift();
  };

  return {
    check(chatId, isGroup, paid = false) {
      const at = emulatedNow();
      const waits: number[] = [];
      if (limits.perSecondGlobal !== undefined) {
        prune(global, SECOND, at);
        const cap = paid ? (limits.perSecondPaid ?? PAID_PER_SECOND) : limits.perSecondGlobal;
        // The oldest send whose leaving the window makes room under this cap.
        const blocking = global[global.length - cap];
        if (global.length >= cap) waits.push((blocking ?? at) + SECOND - at);
      }
      const last = lastPerChat.get(chatId);
      if (limits.perChatIntervalMs !== undefined && last !== undefined && at - last < limits.perChatIntervalMs) {
        waits.push(last + limits.perChatIntervalMs - at);
      }
      const groupTimes = perGroup.get(chatId);
      if (limits.perGroupPerMinute !== undefined && isGroup && groupTimes) {
        prune(groupTimes, MINUTE, at);
        if (groupTimes.length >= limits.perGroupPerMinute) waits.push((groupTimes[0] ?? at) + MINUTE - at);
      }
      if (waits.length === 0) return null;
      return limits.retryAfterSeconds ?? Math.max(1, Math.ceil(Math.max(...waits) / SECOND));
    },
    record(chatId, isGroup) {
      const at = emulatedNow();
      lastPerChat.set(chatId, at);
      if (limits.perSecondGlobal !== undefined) global.push(at);
      if (limits.perGroupPerMinute !== undefined && isGroup) {
        const groupTimes = perGroup.get(chatId) ?? [];
        prune(groupTimes, MINUTE, at);
        groupTimes.push(at);
        perGroup.set(chatId, groupTimes);
      }
    },
  };
}
