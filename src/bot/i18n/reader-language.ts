import type { Context, Middleware } from "telegraf";
import { languageOfCode } from "../../i18n/languages.js";
import type { ChatLanguageStore } from "../../store/types.js";
import { useReaderTexts, type TextsByLanguage } from "./reader-texts.js";

/**
 * The chat an update speaks for: its chat, or for an inline query or a button of an inline message (no chat),
 * the user's private chat, whose id is the user's.
 */
export function languageChatId(ctx: Context): number | undefined {
  return ctx.chat?.id ?? ctx.from?.id;
}

/**
 * Picks the language the update is answered in: the chat's, kept in the store; on a chat's first contact, the
 * one of the user's Telegram `language_code` (ours when it is ru or az, English otherwise), kept from then on
 * so that pushes, which come with no update, go in it too.
 */
export function readerLanguage(deps: { texts: TextsByLanguage; chatLanguages: ChatLanguageStore }): Middleware<Context> {
  return (ctx, next) => {
    const chatId = languageChatId(ctx);
    let language = chatId !== undefined ? deps.chatLanguages.get(chatId) : null;
    if (!language) {
      language = languageOfCode(ctx.from?.language_code);
      if (chatId !== undefined) deps.chatLanguages.set(chatId, language);
    }
    useReaderTexts(ctx, deps.texts[language]);
    return next();
  };
}
