import { ANSWER_METHODS } from "./answers.js";
import { BOT_SETTINGS_METHODS } from "./bot-settings.js";
import { CHAT_METHODS } from "./chats.js";
import type { MethodHandler } from "./context.js";
import { MESSAGE_METHODS } from "./messages.js";
import { UPDATE_METHODS } from "./updates.js";

const ALL_METHODS: Readonly<Record<string, MethodHandler>> = {
  ...BOT_SETTINGS_METHODS,
  ...UPDATE_METHODS,
  ...MESSAGE_METHODS,
  ...CHAT_METHODS,
  ...ANSWER_METHODS,
};

const BY_LOWER_NAME = new Map(
  Object.entries(ALL_METHODS).map(([name, handler]) => [name.toLowerCase(), { name, handler }]),
);

/** Telegram matches method names case-insensitively; the canonical name is what the call log records. */
export function findMethod(name: string): { name: string; handler: MethodHandler } | undefined {
  return BY_LOWER_NAME.get(name.toLowerCase());
}
