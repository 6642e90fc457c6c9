export interface RateLimits {
  ratePerSecond: number;
  telegramPerSecond: number;
  perChatIntervalMs: number;
  perGroupPerMinute: number;
  groupWindowMs: number;
  catchUpIntervals: number;
  globalPauseChats: number;
  globalPauseWindowMs: number;
}

interface ChatState {
  inFlight: boolean;
  readyAt: number;
  /** For groups: when recent sends were answered, oldest first, within the group window. */
  recent: number[];
}

const SECOND = 1000;

/** Telegram's group and channel ids are negative; only they have the per-minute limit. */
const isGroup = (chatId: number) => chatId < 0;

/** Drops the times at or before `cutoff` from the front of a list kept in order. */
function dropUntil(times: number[], cutoff: number): void {
  while (times.length > 0 && (times[0] ?? 0) <= cutoff) times.shift();
}

/**
 * Telegram's limits as bookkeeping over injected times.
 * - The configured rate: sends start on an even pace, no more of them in any second than the rate.
 * - Telegram's own cap per second, counted where Telegram counts it, on arrival: a send arrives somewhere
 *   between its start and its answer, so sends answered in the last second plus those in flight bound the
 *   arrivals a new send could share a second with. Slow or bunched answers then slow the pace, never draw a 429.
 * - One send in flight per chat and one a second, and a per-minute cap for groups, also counted from answers.
 * - 429 pauses for a chat, or for everyone when several chats get one at once.
 */
export function createRateLimiter(limits: RateLimits) {
  const interval = SECOND / limits.ratePerSecond;
  const perSecond = Math.max(1, Math.floor(limits.ratePerSecond));
  const arrivalCap = Math.max(perSecond, limits.telegramPerSecond);
  /** The pace's next slot (a GCRA "theoretical arrival time"). */
  let nextSlot = -Infinity;
  let pausedUntil = -Infinity;
  const started: number[] = [];
  const answered: number[] = [];
  let inFlight = 0;
  const chats = new Map<number, ChatState>();
  const recent429 = new Map<number, number>();

  const state = (chatId: number): ChatState => {
    let found = chats.get(chatId);
    if (!found) {
      found = { inFlight: false, readyAt: -Infinity, recent: [] };
      chats.set(chatId, found);
    }
    return found;
  };

  const readyAt = (chatId: number, chat: ChatState, now: number): number => {
    if (!isGroup(chatId)) return chat.readyAt;
    dropUntil(chat.recent, now - limits.groupWindowMs);
    const windowFull = chat.recent.length >= limits.perGroupPerMinute;
    const oldest = chat.recent[chat.recent.length - limits.perGroupPerMinute] ?? -Infinity;
    return Math.max(chat.readyAt, windowFull ? oldest + limits.groupWindowMs : -Infinity);
  };

  /** When the next send may start, by the pace, the per-second caps and any global pause (at or before `now`: at once). */
  const nextStartAt = (now: number): number => {
    dropUntil(started, now - SECOND);
    dropUntil(answered, now - SECOND);
    const rateFull = started.length >= perSecond ? (started[0] ?? now) + SECOND : -Infinity;
    const arrivalsFull =
      answered.length + inFlight >= arrivalCap ? (answered[0] ?? now + interval - SECOND) + SECOND : -Infinity;
    return Math.max(nextSlot, pausedUntil, rateFull, arrivalsFull);
  };

  return {
    /** Ms until the next send may start; 0 for now. */
    globalWait: (now: number): number => Math.max(0, nextStartAt(now) - now),

    /** Chats that may not be sent to at `now`; idle chats are forgotten along the way. */
    blockedChats(now: number): number[] {
      const blocked: number[] = [];
      for (const [chatId, chat] of chats) {
        const ready = readyAt(chatId, chat, now);
        if (chat.inFlight || ready > now) blocked.push(chatId);
        else if (chat.recent.length === 0) chats.delete(chatId);
      }
      return blocked;
    },

    /** The earliest time a blocked chat that is not awaiting an answer becomes free; null if none. */
    nextChatReadyAt(now: number): number | null {
      let earliest: number | null = null;
      for (const [chatId, chat] of chats) {
        const ready = readyAt(chatId, chat, now);
        if (!chat.inFlight && ready > now && (earliest === null || ready < earliest)) earliest = ready;
      }
      return earliest;
    },

    /** A send to the chat starts now. */
    /**
     * A send to the chat starts now. `dueAt` is when the sender meant to start it, when it woke late for it (a
     * timer fires late, the outbox is read first): the send counts in its second from then. Counted from the late
     * start, each delay would push the send a second later back by as much, and the delays would add up along the
     * whole queue. Backdated by at most one interval, so a second holds at most one send over the rate.
     */
    begin(chatId: number, now: number, dueAt: number = now): void {
      const counted = Math.min(now, Math.max(dueAt, now - interval, started.at(-1) ?? -Infinity));
      // A stalled pace may catch up a few intervals; the per-second counts keep every window within the caps.
      nextSlot = Math.max(nextSlot, now - interval * limits.catchUpIntervals) + interval;
      started.push(counted);
      inFlight++;
      state(chatId).inFlight = true;
    },

    /** The send to the chat was answered now. */
    finish(chatId: number, now: number): void {
      inFlight--;
      answered.push(now);
      const chat = state(chatId);
      chat.inFlight = false;
      chat.readyAt = Math.max(chat.readyAt, now + limits.perChatIntervalMs);
      if (isGroup(chatId)) chat.recent.push(now);
    },

    /** Nothing goes to the chat before `until` (a retry's backoff). */
    hold(chatId: number, until: number): void {
      const chat = state(chatId);
      chat.readyAt = Math.max(chat.readyAt, until);
    },

    /**
     * A 429 for the chat: it waits `seconds`. When 429s hit several chats within a short window, Telegram is
     * limiting the bot as a whole, and all sending pauses. Returns whether it did.
     */
    retryAfter(chatId: number, seconds: number, now: number): boolean {
      const until = now + seconds * SECOND;
      const chat = state(chatId);
      chat.readyAt = Math.max(chat.readyAt, until);
      recent429.set(chatId, now);
      for (const [other, at] of recent429) if (at <= now - limits.globalPauseWindowMs) recent429.delete(other);
      if (recent429.size < limits.globalPauseChats) return false;
      pausedUntil = Math.max(pausedUntil, until);
      recent429.clear();
      return true;
    },
  };
}
