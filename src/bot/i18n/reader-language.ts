import type { Context, Middleware } from "telegraf";
import { languageOfCode, type Language } from "../../i18n/languages.js";
import type { ChatLanguages } from "../deps.js";
import { useReaderTexts, type TextsByLanguage } from "./reader-texts.js";

/**
 * The chat an update speaks for: its chat, or for an inline query or a button of an inline message (no chat),
 * the user's private chat, whose id is the user's.
 */
export function languageChatId(ctx: Context): number | undefined {
  return ctx.chat?.id ?? ctx.from?.id;
}

/**
 * The language an update is answered in. A language chosen with /language holds. Otherwise a private chat goes
 * with the language of the reader's Telegram app (`language_code`: ours when it is ru or az, English otherwise),
 * and a group or channel keeps the one of its first contact, whoever writes after. The language is kept, so that
 * pushes, which come with no update, go in it too.
 */
export function readerLanguage(deps: { texts: TextsByLanguage; chatLanguages: ChatLanguages }): Middleware<Context> {
  const languageOf = async (ctx: Context): Promise<Language> => {
    const chatId = languageChatId(ctx);
    if (chatId === undefined) return languageOfCode(ctx.from?.language_code);
    const stored = await deps.chatLanguages.get(chatId);
    const privateChat = ctx.chat === undefined || ctx.chat.type === "private";
    if (stored && (stored.chosen || !privateChat || !ctx.from)) return stored.language;
    const seen = languageOfCode(ctx.from?.language_code);
    if (seen !== stored?.language) await deps.chatLanguages.set(chatId, seen, "seen");
    return seen;
  };
  return async (ctx, next) => {
    useReaderTexts(ctx, deps.texts[await languageOf(ctx)]);
    return next();
  };
}
