import type { Context, Middleware } from "telegraf";
import type { InlineKeyboardButton } from "telegraf/types";
import type { Corpus } from "../corpus/types.js";
import type { Logger } from "../log/logger.js";
import type { QuestionLog } from "../questions/question-log.js";
import type { SearchEngine } from "../search/types.js";
import type { ChatLanguageStore } from "../store/types.js";

/** What the bot reads and writes of the chats' languages: the app's copy in memory stands in front of the store. */
export type ChatLanguages = Pick<ChatLanguageStore, "get" | "set">;
import type { ReaderTexts, TextsByLanguage } from "./i18n/reader-texts.js";
import type { TelegramHolds } from "./telegram/holds.js";
import type { CommandHelp } from "./texts.js";

/**
 * A feature another part of the product plugs into the bot (subscriptions, /stats...). Its middleware
 * runs before the built-in features, so it sees every update (a /start that brings a reader back, say)
 * and passes on with next() what it does not handle.
 */
export interface BotFeature {
  middleware: Middleware<Context>;
  /** Buttons under /start's Latest and Sections, such as Subscribe, in the reader's language. */
  startButtons?: (texts: ReaderTexts) => InlineKeyboardButton[];
  /** Commands for the menu (setMyCommands, one per language) and /help, in the reader's language. */
  commands?: (texts: ReaderTexts) => CommandHelp[];
}

export interface BotDeps {
  /** The Bot API base URL: Telegram's, a self-hosted server's, or the emulator's. */
  apiRoot: string;
  /** Getters, not values: the corpus and its index are replaced when the corpus folder changes. */
  getCorpus(): Corpus;
  getSearch(): SearchEngine;
  /**
   * The zone dates are shown in for the user behind an update (the subscription service's rule: their own when
   * they chose one, else the site's); undefined for an update from no user.
   */
  readerZone(userId: number | undefined): Promise<string>;
  logger: Logger;
  features?: readonly BotFeature[];
  /** The clock of flood control; tests pass a fake one. */
  now?: () => number;
  /** Telegram's 429 windows: replies wait out a short one, and are not sent into a long one. */
  holds: TelegramHolds;
  /** Where questions are kept for the editors, and answers get 👍 / 👎; none: nothing kept, no vote buttons. */
  questions?: QuestionLog;
  /** Every language's texts, and the language each chat chose or was first seen with. */
  texts: TextsByLanguage;
  chatLanguages: ChatLanguages;
}
