import { performance } from "node:perf_hooks";
import { createApiPipeline } from "./api-pipeline.js";
import { createChatStore } from "./chat-store.js";
import { EMULATOR_DEFAULTS } from "./defaults.js";
import { createFaults, type DelaySpec, type FailureSpec } from "./faults.js";
import { createGroupChats, type ChannelOptions, type EmuChannel, type GroupOptions, type MigrateOptions } from "./group-chats.js";
import { createApiHttpServer } from "./http-server.js";
import { createRateLimiter } from "./limits.js";
import { renderFormatted } from "./message-text.js";
import { commandsKey } from "./methods/bot-settings.js";
import type { MethodContext } from "./methods/context.js";
import { createQueryRegistry } from "./queries.js";
import { createUpdateQueue } from "./update-queue.js";
import { createEmuUser, type EmuGroup, type EmuUser } from "./users.js";
import { createWaiters } from "./waiters.js";
import { createWebhookDelivery } from "./webhook-delivery.js";
import type {
  ApiCall,
  BotMessage,
  EmulatorEvent,
  EmulatorLimits,
  EmulatorStats,
  TgEntity,
  TgUser,
  UpdatePayload,
} from "./telegram-types.js";

export interface EmulatorOptions {
  token?: string;
  /** The clock for message dates, call times and rate limits (ms); tests pass a fake one. */
  now?: () => number;
  limits?: EmulatorLimits;
}

export interface UserOptions {
  id?: number;
  firstName?: string;
  username?: string;
  languageCode?: string;
}

export type { ChannelOptions, EmuChannel, GroupOptions, MigrateOptions };

/** A Telegram Bot API server of our own; see helpers/emulator-api.md for the agreed contract. */
export interface BotApiEmulator {
  readonly token: string;
  /** "http://127.0.0.1:PORT", for TELEGRAM_API_ROOT; only once started. */
  readonly apiRoot: string;
  readonly bot: TgUser;
  readonly calls: readonly ApiCall[];
  start(): Promise<void>;
  stop(): Promise<void>;
  user(options?: UserOptions): EmuUser;
  group(options?: GroupOptions): EmuGroup;
  /** A channel with the bot as an admin; its admins post in it (`admin.postIn(channel, text)`), nobody else. */
  channel(options?: ChannelOptions): EmuChannel;
  messages(chatId: number, options?: { threadId?: number }): BotMessage[];
  lastMessage(chatId: number, options?: { threadId?: number }): BotMessage | undefined;
  renderedText(message: BotMessage): string;
  entities(message: BotMessage): TgEntity[];
  waitForCall(method: string, predicate?: (call: ApiCall) => boolean, timeoutMs?: number): Promise<ApiCall>;
  waitForMessages(chatId: number, count: number, timeoutMs?: number): Promise<BotMessage[]>;
  idle(options?: { quietMs?: number; timeoutMs?: number }): Promise<void>;
  /** Resolves once a getUpdates long poll is waiting: the bot is polling and has taken every update. */
  waitForPolling(timeoutMs?: number): Promise<void>;
  deliverRaw(update: unknown, options?: { secretToken?: string }): Promise<number>;
  /** Queues an update of any shape for getUpdates, as a broken proxy might pass one on; returns its update_id. */
  injectUpdate(payload: Record<string, unknown>): number;
  block(chatId: number): void;
  unblock(chatId: number): void;
  /** Upgrades a group: sends to the old id get 400 with migrate_to_chat_id; returns the new supergroup. */
  migrate(groupId: number, newSupergroupId: number, options?: MigrateOptions): EmuGroup;
  failNext(method: string, failure: FailureSpec): void;
  dropConnectionNext(method: string, count?: number): void;
  /** Holds the next matching calls of the method for `ms` before answering them (until the client leaves). */
  delayNext(method: string, delay: DelaySpec): void;
  /** Answers the next calls of the method 200 with a body that is not JSON. */
  garbleNext(method: string, count?: number): void;
  stats(): EmulatorStats;
  /** The command menu the bot set for users of `languageCode` (the default scope; "" or none: everyone else's). */
  commandMenu(languageCode?: string): unknown[] | undefined;
  /** Every bot message sent, edited or deleted and every callback answer, as it happens; returns unsubscribe. */
  subscribe(listener: (event: EmulatorEvent) => void): () => void;
}

export function createBotApiEmulator(options: EmulatorOptions = {}): BotApiEmulator {
  const token = options.token ?? EMULATOR_DEFAULTS.token;
  const now = options.now ?? Date.now;
  const bot: TgUser = {
    id: Number(/^(\d+):/.exec(token)?.[1] ?? 7000000001),
    is_bot: true,
    first_name: EMULATOR_DEFAULTS.botFirstName,
    username: EMULATOR_DEFAULTS.botUsername,
    can_join_groups: true,
    can_read_all_group_messages: false,
    supports_inline_queries: true,
  };
  const listeners = new Set<(event: EmulatorEvent) => void>();
  const waiters = createWaiters();
  const emit = (event: EmulatorEvent): void => {
    for (const listener of listeners) listener(event);
    waiters.notify();
  };
  const store = createChatStore(emit);
  const queue = createUpdateQueue(EMULATOR_DEFAULTS.firstUpdateId);
  const queries = createQueryRegistry(EMULATOR_DEFAULTS.firstQueryId);
  const faults = createFaults();
  const stats: EmulatorStats = { sent: 0, tooManyRequests: 0, paidBroadcasts: 0, perChat: new Map() };
  let nextUserId = EMULATOR_DEFAULTS.firstUserId;
  let nextFile = 1;
  let apiRoot: string | null = null;

  const webhook = createWebhookDelivery({
    queue,
    now,
    retryDelayMs: EMULATOR_DEFAULTS.webhookRetryMs,
    onReply: (method, params) => pipeline.execute(method, params, { onClientGone: () => {} }),
  });
  const ctx: MethodContext = {
    now,
    bot,
    store,
    queries,
    queue,
    webhook,
    faults,
    limiter: options.limits ? createRateLimiter(options.limits, now) : null,
    stats,
    emit,
    commands: new Map(),
  };
  const pipeline = createApiPipeline({ ctx, faults, onCall: () => waiters.notify() });
  const server = createApiHttpServer({ token, handle: pipeline.execute });
  const userDeps = { bot, store, queue, queries, now, nextFileId: () => `file-${nextFile++}` };
  const groups = createGroupChats({ store, queue, faults, now, firstNumber: EMULATOR_DEFAULTS.firstGroupNumber });
  const pendingDescription = (): string =>
    `${queue.size()} update(s) not yet taken by the bot, ${pipeline.inFlight()} call(s) in flight` +
    (webhook.url() ? `, webhook ${JSON.stringify(webhook.info())}` : "");

  return {
    token,
    get apiRoot() {
      if (!apiRoot) throw new Error("the emulator is not started: await emu.start() first");
      return apiRoot;
    },
    bot,
    calls: pipeline.calls,
    async start() {
      apiRoot = await server.start();
    },
    async stop() {
      webhook.stop();
      pipeline.releaseDelays();
      queue.releasePoll();
      waiters.rejectAll("the emulator stopped");
      await server.stop();
    },
    user(opts = {}) {
      while (opts.id === undefined && store.user(nextUserId)) nextUserId++;
      const id = opts.id ?? nextUserId++;
      const user: TgUser = {
        id,
        is_bot: false,
        first_name: opts.firstName ?? `Reader ${id}`,
        ...(opts.username ? { username: opts.username } : {}),
        language_code: opts.languageCode ?? EMULATOR_DEFAULTS.languageCode,
      };
      return createEmuUser(user, userDeps);
    },
    commandMenu: (languageCode = "") => ctx.commands.get(commandsKey({ language_code: languageCode })),
    group: (opts) => groups.group(opts),
    channel: (opts) => groups.channel(opts),
    messages: (chatId, opts = {}) => store.botMessages(chatId, opts.threadId),
    lastMessage: (chatId, opts = {}) => store.botMessages(chatId, opts.threadId).at(-1),
    renderedText: (message) => renderFormatted(message.text, message.parse_mode, message.entities).text,
    entities: (message) => renderFormatted(message.text, message.parse_mode, message.entities).entities,
    waitForCall(method, predicate, timeoutMs = EMULATOR_DEFAULTS.waitTimeoutMs) {
      const wanted = method.toLowerCase();
      return waiters.add(
        () => pipeline.calls.find((c) => c.method.toLowerCase() === wanted && (!predicate || predicate(c))),
        timeoutMs,
        () =>
          `waitForCall(${method}) timed out after ${timeoutMs} ms; calls so far: ` +
          (pipeline.calls.map((c) => c.method).join(", ") || "none"),
      );
    },
    waitForMessages(chatId, count, timeoutMs = EMULATOR_DEFAULTS.waitTimeoutMs) {
      return waiters.add(
        () => (store.botMessageCount(chatId) >= count ? store.botMessages(chatId) : undefined),
        timeoutMs,
        () => `waitForMessages(${chatId}, ${count}) timed out: ${store.botMessages(chatId).length} message(s) there`,
      );
    },
    idle(opts = {}) {
      const quietMs = opts.quietMs ?? EMULATOR_DEFAULTS.quietMs;
      const timeoutMs = opts.timeoutMs ?? EMULATOR_DEFAULTS.waitTimeoutMs;
      return waiters.add(
        () =>
          queue.size() === 0 &&
          pipeline.inFlight() === 0 &&
          !webhook.busy() &&
          performance.now() - pipeline.lastActivity() >= quietMs
            ? true
            : undefined,
        timeoutMs,
        () => `idle() timed out after ${timeoutMs} ms: ${pendingDescription()}`,
      ).then(() => undefined);
    },
    waitForPolling(timeoutMs = EMULATOR_DEFAULTS.waitTimeoutMs) {
      return waiters
        .add(
          () => (queue.pollWaiting() ? true : undefined),
          timeoutMs,
          () => `waitForPolling() timed out after ${timeoutMs} ms: no getUpdates long poll is waiting`,
        )
        .then(() => undefined);
    },
    deliverRaw: (update, opts = {}) => webhook.deliverRaw(update, opts.secretToken),
    injectUpdate: (payload) => queue.enqueue(payload as UpdatePayload).update_id,
    block: (chatId) => faults.block(chatId),
    unblock: (chatId) => faults.unblock(chatId),
    migrate: (groupId, newSupergroupId, opts) => groups.migrate(groupId, newSupergroupId, opts),
    failNext: (method, failure) => faults.failNext(method, failure),
    dropConnectionNext: (method, count) => faults.dropConnectionNext(method, count),
    delayNext: (method, delay) => faults.delayNext(method, delay),
    garbleNext: (method, count) => faults.garbleNext(method, count),
    stats: () => ({ ...stats, perChat: new Map(stats.perChat) }),
    subscribe(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
  };
}

