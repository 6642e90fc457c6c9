import { API_ERRORS, ApiError } from "./api-error.js";
import type { ApiParams, TgUpdate, UpdatePayload, UpdateType } from "./telegram-types.js";

/**
 * Updates waiting for the bot, served by getUpdates as Telegram serves them: an update stays until a later call's
 * offset confirms it; a call with nothing to return waits up to `timeout` seconds (long polling); a second waiting
 * call ends the first with 409; updates of a type outside allowed_updates are never stored.
 */
export interface UpdateQueue {
  enqueue(payload: UpdatePayload): TgUpdate;
  /** getUpdates; `onClientGone` registers what to do when the HTTP client disconnects (the bot stopped polling). */
  poll(params: ApiParams, onClientGone: (cancel: () => void) => void): Promise<TgUpdate[]>;
  /** Sets allowed_updates as getUpdates and setWebhook do: a list replaces it, [] restores the default, else kept. */
  allow(types: unknown): void;
  /** The oldest update not yet confirmed, for webhook delivery. */
  head(): TgUpdate | undefined;
  confirm(updateId: number): void;
  /** Updates stored and not yet confirmed. */
  size(): number;
  clear(): void;
  /** Called after every enqueue, so webhook delivery can start. */
  onEnqueue(listener: () => void): void;
  /** Answers a waiting long poll with no updates: the emulator is stopping. */
  releasePoll(): void;
  /** True while a getUpdates long poll is waiting for updates. */
  pollWaiting(): boolean;
}

const DEFAULT_TYPES: readonly UpdateType[] = ["message", "edited_message", "channel_post", "callback_query", "inline_query"];
const MAX_LIMIT = 100;

interface ParkedPoll {
  limit: number;
  finish(updates: TgUpdate[] | ApiError): void;
}

export function createUpdateQueue(firstUpdateId: number): UpdateQueue {
  let updates: TgUpdate[] = [];
  let nextId = firstUpdateId;
  let allowed = new Set<string>(DEFAULT_TYPES);
  let parked: ParkedPoll | null = null;
  const listeners: Array<() => void> = [];

  const allow = (types: unknown): void => {
    if (Array.isArray(types)) allowed = new Set(types.length > 0 ? types.map(String) : DEFAULT_TYPES);
  };
  const typeOf = (update: TgUpdate): string => Object.keys(update).find((key) => key !== "update_id") ?? "";

  return {
    enqueue(payload) {
      const update: TgUpdate = { update_id: nextId++, ...payload };
      if (!allowed.has(typeOf(update))) return update;
      updates.push(update);
      if (parked) parked.finish(updates.slice(0, parked.limit));
      for (const listener of listeners) listener();
      return update;
    },
    poll(params, onClientGone) {
      const offset = Number(params.offset ?? 0);
      if (offset > 0) updates = updates.filter((u) => u.update_id >= offset);
      else if (offset < 0) updates = updates.slice(offset);
      allow(params.allowed_updates);
      const limit = Math.min(Math.max(Number(params.limit ?? MAX_LIMIT) || MAX_LIMIT, 1), MAX_LIMIT);
      const timeoutMs = Math.max(Number(params.timeout ?? 0) || 0, 0) * 1000;
      if (updates.length > 0 || timeoutMs === 0) return Promise.resolve(updates.slice(0, limit));
      parked?.finish(new ApiError(409, API_ERRORS.pollConflict));
      return new Promise<TgUpdate[]>((resolve, reject) => {
        const poll: ParkedPoll = {
          limit,
          finish(result) {
            clearTimeout(timer);
            if (parked === poll) parked = null;
            if (result instanceof ApiError) reject(result);
            else resolve(result);
          },
        };
        const timer = setTimeout(() => poll.finish([]), timeoutMs);
        parked = poll;
        onClientGone(() => poll.finish([]));
      });
    },
    allow,
    head: () => updates[0],
    confirm(updateId) {
      updates = updates.filter((u) => u.update_id > updateId);
    },
    size: () => updates.length,
    clear() {
      updates = [];
    },
    onEnqueue: (listener) => void listeners.push(listener),
    releasePoll: () => parked?.finish([]),
    pollWaiting: () => parked !== null,
  };
}
