import { API_ERRORS, ApiError } from "./api-error.js";

/** Failures a test switches on to see how the bot copes: blocked users, migrated groups, errors, lost sockets. */
export interface FailureSpec {
  errorCode: number;
  description: string;
  retryAfter?: number;
  /** How many consecutive calls of the method fail; default 1. */
  count?: number;
}

export interface Faults {
  block(chatId: number): void;
  unblock(chatId: number): void;
  migrate(groupId: number, supergroupId: number): void;
  failNext(method: string, spec: FailureSpec): void;
  dropConnectionNext(method: string, count?: number): void;
  /** Consumes one injected failure for this method, if any. */
  takeFailure(method: string): ApiError | null;
  /** Consumes one planned dropped connection for this method, if any. */
  takeDrop(method: string): boolean;
  /** The refusal for sending to this chat: blocked (403) or migrated (400 with migrate_to_chat_id). */
  chatRefusal(chatId: number): ApiError | null;
}

export function createFaults(): Faults {
  const blocked = new Set<number>();
  const migrated = new Map<number, number>();
  const failures = new Map<string, Array<{ spec: FailureSpec; left: number }>>();
  const drops = new Map<string, number>();
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
    dropConnectionNext(method, count = 1) {
      drops.set(key(method), (drops.get(key(method)) ?? 0) + count);
    },
    takeFailure(method) {
      const head = failures.get(key(method))?.[0];
      if (!head) return null;
      head.left -= 1;
      if (head.left <= 0) failures.get(key(method))?.shift();
      const { errorCode, description, retryAfter } = head.spec;
      return new ApiError(errorCode, description, retryAfter === undefined ? undefined : { retry_after: retryAfter });
    },
    takeDrop(method) {
      const left = drops.get(key(method)) ?? 0;
      if (left <= 0) return false;
      drops.set(key(method), left - 1);
      return true;
    },
    chatRefusal(chatId) {
      if (blocked.has(chatId)) return new ApiError(403, API_ERRORS.blocked);
      const to = migrated.get(chatId);
      return to === undefined ? null : new ApiError(400, API_ERRORS.migrated, { migrate_to_chat_id: to });
    },
  };
}
