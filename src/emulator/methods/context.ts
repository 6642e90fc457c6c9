import { API_ERRORS, badRequest } from "../api-error.js";
import type { ChatStore } from "../chat-store.js";
import type { Faults } from "../faults.js";
import type { RateLimiter } from "../limits.js";
import type { QueryRegistry } from "../queries.js";
import type { UpdateQueue } from "../update-queue.js";
import type { WebhookDelivery } from "../webhook-delivery.js";
import type { ApiParams, EmulatorEvent, EmulatorStats, TgChat, TgUser } from "../telegram-types.js";

/** Everything a Bot API method may read or change: the emulated Telegram's state. */
export interface MethodContext {
  now(): number;
  bot: TgUser;
  store: ChatStore;
  queries: QueryRegistry;
  queue: UpdateQueue;
  webhook: WebhookDelivery;
  faults: Faults;
  limiter: RateLimiter | null;
  stats: EmulatorStats;
  emit(event: EmulatorEvent): void;
  /** setMyCommands lists, keyed by scope and language. */
  commands: Map<string, unknown[]>;
}

/** The HTTP request a call came in on; only long polling cares when its client goes away. */
export interface RequestScope {
  onClientGone(cancel: () => void): void;
}

/** A method answers its result, or throws ApiError for Telegram's refusal. */
export type MethodHandler = (params: ApiParams, ctx: MethodContext, scope: RequestScope) => unknown;

export const unixTime = (ctx: MethodContext): number => Math.floor(ctx.now() / 1000);

/** The chat a call names by chat_id; 400 "chat not found" for ids the emulator never saw. */
export function requireChat(ctx: MethodContext, chatId: unknown): TgChat {
  if (chatId === undefined || chatId === null || chatId === "") {
    throw badRequest(API_ERRORS.parameterMissing("chat_id"));
  }
  const id = typeof chatId === "number" ? chatId : /^-?\d+$/.test(String(chatId)) ? Number(chatId) : NaN;
  const chat = ctx.store.chat(id);
  if (!chat) throw badRequest(API_ERRORS.chatNotFound);
  return chat;
}

/** Like requireChat, for calls that deliver something to the chat: a blocked or migrated chat refuses them. */
export function requireReachableChat(ctx: MethodContext, chatId: unknown): TgChat {
  const chat = requireChat(ctx, chatId);
  const refusal = ctx.faults.chatRefusal(chat.id);
  if (refusal) throw refusal;
  return chat;
}
