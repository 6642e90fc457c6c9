import type { BotCommand } from "telegraf/types";
import type { BotFeature } from "./deps.js";
import { TEXTS, type CommandHelp } from "./texts.js";

/** The built-in commands, then those of the extra features, before /help and /start. */
export function allCommands(features: readonly BotFeature[] = []): CommandHelp[] {
  const builtIn = TEXTS.commands.filter((c) => c.command !== "help" && c.command !== "start");
  const closing = TEXTS.commands.filter((c) => c.command === "help" || c.command === "start");
  return [...builtIn, ...features.flatMap((f) => f.commands ?? []), ...closing];
}

/** The command menu as setMyCommands takes it. */
export function menuCommands(features: readonly BotFeature[] = []): BotCommand[] {
  return allCommands(features).map(({ command, description }) => ({ command, description }));
}
