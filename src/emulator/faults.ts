import { API_ERRORS, ApiError } from "./api-error.js";
import type { ApiParams } from "./telegram-types.js";

/** Failures a test switches on to see how the bot copes: blocked users, migrated groups, errors, lost sockets. */
export interface FailureSpec {
  errorCode: number;
  description: string;
  retryAfter?: number;
  /** How many consecutive calls of the method fail; default 1. */
  count?: number;
}

/** A call answered late: a Bot API server under load, or a socket that hangs. */
export interface DelaySpec {
  ms: number;
  /** Only calls naming this chat_id are held; any call of the method otherwise. */
  chatId?: number;
  /** How many matching calls are held; default 1. */
  count?: number;
}

export interface Faults {
  block(chatId: number): void;
  unblock(chatId: number): void;
  migrate(groupId: number, supergroupId: number): void;
  failNext(method: string, spec: FailureSpec): void;
  dropConnectionNext(method: string, count?: number): void;
  delayNext(method: string, spec: DelaySpec): void;
  /** The next calls of the method are answered 200 with a body that is not JSON (a proxy's error page). */
  garbleNext(method: string, count?: number): void;
  /** Consumes one injected failure for this method, if any. */
  takeFailure(method: string): ApiError | null;
  /** Consumes one planned dropped connection for this method, if any. */
  takeDrop(method: string): boolean;
  /** Consumes one planned delay matching this call, if any: the ms to hold it. */
  takeDelay(method: string, params: ApiParams): number;
  /** Consumes one planned garbled answer for this method, if any. */
  takeGarble(method: string): boolean;
  /** The refusal for sending to this chat: blocked (403) or migrated (400 with migrate_to_chat_id). */
  chatRefusal(chatId: number): ApiError | null;
}

/** How many more calls a planned fault applies to, per method. */
function createCounter() {
  const left = new Map<string, number>();
  return {
    add: (method: string, count: number) => void left.set(method, (left.get(method) ?? 0) + count),
    take(method: string): boolean {
      const n = left.get(method) ?? 0;
      if (n <= 0) return false;
      left.set(method, n - 1);
      return true;
    },
  };
}

export function createFaults(): Faults {
  const blocked = new Set<number>();
  const migrated = new Map<number, number>();
  const failures = new Map<string, Array<{ spec: FailureSpec; left: number }>>();
  const delays = new Map<string, Array<{ spec: DelaySpec; left: number }>>();
  const drops = createCounter();
  const garbles = createCounter();
  const key = (method: string) => method.toLowerCase();

  return {
    block: (chatId) => void blocked.add(chatId),
    unblock: (chatId) => void blocked.delete(chatId),
    migrate: (groupId, supergroupId) => void migrated.set(groupId, supergroupId),
    failNext(method, spec) {
      const queue = failures.get(key(method)) ?? [];
      queue.push({ spec, left: spec.count ?? 1 });
      failures.set(key(method), queue);
    },
    dropConnectionNext: (method, count = 1) => drops.add(key(method), count),
    delayNext(method, spec) {
      const queue = delays.get(key(method)) ?? [];
      queue.push({ spec, left: spec.count ?? 1 });
      delays.set(key(method), queue);
    },
    garbleNext: (method, count = 1) => garbles.add(key(method), count),
    takeFailure(method) {
      const head = failures.get(key(method))?.[0];
      if (!head) return null;
      head.left -= 1;
      if (head.left <= 0) failures.get(key(method))?.shift();
      const { errorCode, description, retryAfter } = head.spec;
      return new ApiError(errorCode, description, retryAfter === undefined ? undefined : { retry_after: retryAfter });
    },
    takeDrop: (method) => drops.take(key(method)),
    takeDelay(method, params) {
      const queue = delays.get(key(method)) ?? [];
      const index = queue.findIndex(({ spec }) => spec.chatId === undefined || Number(params.chat_id) === spec.chatId);
      const found = queue[index];
      if (!found) return 0;
      found.left -= 1;
      if (found.left <= 0) queue.splice(index, 1);
      return found.spec.ms;
    },
    takeGarble: (method) => garbles.take(key(method)),
    chatRefusal(chatId) {
      if (blocked.has(chatId)) return new ApiError(403, API_ERRORS.blocked);
      const to = migrated.get(chatId);
      return to === undefined ? null : new ApiError(400, API_ERRORS.migrated, { migrate_to_chat_id: to });
    },
  };
}
