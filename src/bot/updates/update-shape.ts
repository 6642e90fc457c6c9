/**
 * Whether an update has the shape Telegram gives it, for the fields the bot reads: a message has a chat, an inline
 * query its text, a button press its sender and the message (or inline message) it is under. Telegram never sends
 * anything else, so what fails this came from a broken proxy or an attacker who has the webhook secret.
 * (Written here rather than with a schema library: these few fields are all the bot relies on.)
 */
type Shape = Record<string, unknown>;

const isObject = (value: unknown): value is Shape => typeof value === "object" && value !== null && !Array.isArray(value);
const isInteger = (value: unknown): boolean => Number.isSafeInteger(value);
const optional = (value: unknown, check: (v: unknown) => boolean): boolean => value === undefined || check(value);

const isUser = (value: unknown): boolean => isObject(value) && isInteger(value.id);
const isChat = (value: unknown): boolean => isObject(value) && isInteger(value.id) && typeof value.type === "string";

function isMessage(value: unknown): boolean {
  return (
    isObject(value) &&
    isInteger(value.message_id) &&
    isInteger(value.date) &&
    isChat(value.chat) &&
    optional(value.from, isUser) &&
    optional(value.text, (text) => typeof text === "string") &&
    optional(value.entities, Array.isArray)
  );
}

function isCallbackQuery(value: unknown): boolean {
  return (
    isObject(value) &&
    typeof value.id === "string" &&
    isUser(value.from) &&
    optional(value.data, (data) => typeof data === "string") &&
    (isMessage(value.message) || (value.message === undefined && typeof value.inline_message_id === "string"))
  );
}

const isInlineQuery = (value: unknown): boolean =>
  isObject(value) && typeof value.id === "string" && isUser(value.from) && typeof value.query === "string" && typeof value.offset === "string";

const isMemberUpdate = (value: unknown): boolean =>
  isObject(value) && isChat(value.chat) && isUser(value.from) && isObject(value.new_chat_member);

/** A text in a chat is always someone's (an anonymous admin's comes from a stand-in user); only a channel's posts have no sender. */
const isChatMessage = (value: unknown): boolean => isMessage(value) && ((value as Shape).text === undefined || isUser((value as Shape).from));

const CHECKS: Readonly<Record<string, (payload: unknown) => boolean>> = {
  message: isChatMessage,
  edited_message: isChatMessage,
  channel_post: isMessage,
  edited_channel_post: isMessage,
  callback_query: isCallbackQuery,
  inline_query: isInlineQuery,
  my_chat_member: isMemberUpdate,
  chat_member: isMemberUpdate,
};

/** An object with an update_id: what the webhook takes as an update at all. */
export const isUpdateObject = (value: unknown): value is { update_id: number } => isObject(value) && isInteger(value.update_id);

/** True for an update the bot can handle; kinds it does not read pass when they are objects. */
export function hasPossibleShape(update: unknown): boolean {
  if (!isUpdateObject(update)) return false;
  const kinds = Object.keys(update).filter((key) => key !== "update_id");
  if (kinds.length !== 1) return false;
  const kind = kinds[0]!;
  return (CHECKS[kind] ?? isObject)((update as Shape)[kind]);
}
