import type { BotCommand } from "telegraf/types";
import type { BotFeature } from "./deps.js";
import { DEFAULT_LANGUAGE, LANGUAGES } from "../i18n/languages.js";
import type { ReaderTexts, TextsByLanguage } from "./i18n/reader-texts.js";
import type { CommandMenu } from "./launch-bot.js";
import type { CommandHelp } from "./texts.js";

/** The built-in commands, then those of the extra features, before /help and /start, in the reader's language. */
export function allCommands(texts: ReaderTexts, features: readonly BotFeature[] = []): CommandHelp[] {
  const builtIn = texts.bot.commands.filter((c) => c.command !== "help" && c.command !== "start");
  const closing = texts.bot.commands.filter((c) => c.command === "help" || c.command === "start");
  return [...builtIn, ...features.flatMap((f) => f.commands?.(texts) ?? []), ...closing];
}

/** The command menu as setMyCommands takes it, in one language. */
export function menuCommands(texts: ReaderTexts, features: readonly BotFeature[] = []): BotCommand[] {
  return allCommands(texts, features).map(({ command, description }) => ({ command, description }));
}

/** The menu for everyone (English, with no language code), then one per other language, for setMyCommands. */
export function commandMenus(texts: TextsByLanguage, features: readonly BotFeature[] = []): CommandMenu[] {
  return LANGUAGES.map((language) => ({
    ...(language === DEFAULT_LANGUAGE ? {} : { languageCode: language }),
    commands: menuCommands(texts[language], features),
  }));
}
