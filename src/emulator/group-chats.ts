import type { ChatStore } from "./chat-store.js";
import type { Faults } from "./faults.js";
import type { UpdateQueue } from "./update-queue.js";
import type { EmuGroup, EmuUser } from "./users.js";
import type { TgChat, TgMessage, TgUser } from "./telegram-types.js";

export interface GroupOptions {
  id?: number;
  title?: string;
  type?: "group" | "supergroup";
  isForum?: boolean;
  /** The first is the creator, the others administrators. */
  admins?: ReadonlyArray<EmuUser | TgUser>;
}

export interface ChannelOptions {
  id?: number;
  title?: string;
  /** The first is the creator, the others administrators: the only ones who can post (`admin.postIn`). */
  admins?: ReadonlyArray<EmuUser | TgUser>;
}

export interface MigrateOptions {
  /**
   * Whether the bot gets the two service messages (migrate_to_chat_id, migrate_from_chat_id); default true. False
   * is a bot that missed them (it was down, or not in the group then) and learns of the move from a send's 400.
   */
  serviceMessages?: boolean;
}

/** A channel has a group's shape: its id, title and chat (of type "channel"). */
export type EmuChannel = EmuGroup;

export interface GroupChats {
  group(options?: GroupOptions): EmuGroup;
  channel(options?: ChannelOptions): EmuChannel;
  migrate(groupId: number, newSupergroupId: number, options?: MigrateOptions): EmuGroup;
}

export interface GroupChatDeps {
  store: ChatStore;
  queue: UpdateQueue;
  faults: Faults;
  now: () => number;
  firstNumber: number;
}

const toEmuGroup = (chat: TgChat): EmuGroup => ({ id: chat.id, title: chat.title ?? "", chat });
const asUser = (member: EmuUser | TgUser): TgUser => ("user" in member ? member.user : member);

/** The chats with more than two sides; ids shaped like Telegram's (-5xxx for a basic group, -100... otherwise). */
export function createGroupChats(deps: GroupChatDeps): GroupChats {
  const { store } = deps;
  let next = deps.firstNumber;

  const add = (chat: TgChat, admins: ReadonlyArray<EmuUser | TgUser> = []): EmuGroup => {
    store.addChat(chat, admins.map(asUser));
    return toEmuGroup(chat);
  };

  return {
    group(opts = {}) {
      const number = next++;
      const type = opts.type ?? "group";
      return add(
        {
          id: opts.id ?? (type === "group" ? -(5000 + number) : -(1_001_000_000_000 + number)),
          type,
          title: opts.title ?? `Group ${number}`,
          ...(opts.isForum ? { is_forum: true } : {}),
        },
        opts.admins,
      );
    },
    channel(opts = {}) {
      const number = next++;
      const chat: TgChat = { id: opts.id ?? -(1_002_000_000_000 + number), type: "channel", title: opts.title ?? `Channel ${number}` };
      return add(chat, opts.admins);
    },
    migrate(groupId, newSupergroupId, opts = {}) {
      const old = store.chat(groupId);
      if (!old || old.type !== "group") throw new Error(`chat ${groupId} is not a group the emulator knows`);
      const chat: TgChat = { id: newSupergroupId, type: "supergroup", title: old.title ?? "" };
      const admins = store.admins(groupId);
      store.addChat(chat, admins);
      deps.faults.migrate(groupId, newSupergroupId);
      const from = admins[0] ? { from: admins[0] } : {};
      const date = Math.floor(deps.now() / 1000);
      // The service messages are in both chats' histories either way; only whether the bot hears of them differs.
      const service = (target: TgChat, field: Pick<TgMessage, "migrate_to_chat_id" | "migrate_from_chat_id">) => {
        const message: TgMessage = { message_id: store.nextMessageId(target.id), ...from, chat: target, date, ...field };
        store.addMessage({ wire: message });
        if (opts.serviceMessages !== false) deps.queue.enqueue({ message });
      };
      service(old, { migrate_to_chat_id: newSupergroupId });
      service(chat, { migrate_from_chat_id: groupId });
      return toEmuGroup(chat);
    },
  };
}
