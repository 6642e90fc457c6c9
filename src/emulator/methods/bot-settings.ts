import { API_ERRORS, badRequest } from "../api-error.js";
import type { ApiParams } from "../telegram-types.js";
import type { MethodHandler } from "./context.js";

const MAX_COMMANDS = 100;

/** A menu's language: empty for every user without a menu of their own, else a two-letter ISO 639-1 code. */
function languageCodeOf(params: ApiParams): string {
  const code = params.language_code ?? "";
  if (typeof code !== "string" || (code !== "" && !/^[a-z]{2}$/.test(code))) throw badRequest(API_ERRORS.languageCodeInvalid);
  return code;
}

/** Commands are kept per scope and language, as setMyCommands documents. */
export const commandsKey = (params: ApiParams): string =>
  `${JSON.stringify(params.scope ?? { type: "default" })}|${languageCodeOf(params)}`;

function validateCommands(value: unknown): unknown[] {
  if (!Array.isArray(value) || value.length > MAX_COMMANDS) throw badRequest(API_ERRORS.commandInvalid);
  for (const item of value as Array<{ command?: unknown; description?: unknown }>) {
    if (typeof item?.command !== "string" || !/^[a-z0-9_]{1,32}$/.test(item.command)) {
      throw badRequest(API_ERRORS.commandInvalid);
    }
    const description = item.description;
    if (typeof description !== "string" || description.trim().length === 0 || description.length > 256) {
      throw badRequest(API_ERRORS.commandDescriptionInvalid);
    }
  }
  return value.map((item: { command: string; description: string }) => ({
    command: item.command,
    description: item.description,
  }));
}

const getMe: MethodHandler = (_params, ctx) => ctx.bot;

const setMyCommands: MethodHandler = (params, ctx) => {
  ctx.commands.set(commandsKey(params), validateCommands(params.commands));
  return true;
};

const getMyCommands: MethodHandler = (params, ctx) => ctx.commands.get(commandsKey(params)) ?? [];

const deleteMyCommands: MethodHandler = (params, ctx) => {
  ctx.commands.delete(commandsKey(params));
  return true;
};

const close: MethodHandler = () => true;
const logOut: MethodHandler = () => true;

export const BOT_SETTINGS_METHODS: Readonly<Record<string, MethodHandler>> = Object.freeze({
  getMe,
  setMyCommands,
  getMyCommands,
  deleteMyCommands,
  close,
  logOut,
});
