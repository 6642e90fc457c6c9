import { Composer, type Context } from "telegraf";
import { isLanguage } from "../../i18n/languages.js";
import type { ChatLanguages } from "../deps.js";
import { languageChatId } from "../i18n/reader-language.js";
import { readerTexts, useReaderTexts, type TextsByLanguage } from "../i18n/reader-texts.js";
import { languageData, languageKeyboard } from "../keyboards/language-keyboard.js";
import { editHtml, replyHtml } from "../replies.js";
import { managersOnly } from "../subscriptions/managers-only.js";

/**
 * /language: the language the bot speaks to the chat in, kept for it (its pushes too). In a group or a channel
 * only its admins choose, as for its subscription.
 */
export function languageFeature(deps: { texts: TextsByLanguage; chatLanguages: ChatLanguages }): Composer<Context> {
  const composer = new Composer<Context>();

  composer.command(
    "language",
    managersOnly((ctx) => {
      const texts = readerTexts(ctx);
      return replyHtml(ctx, texts.bot.languagePrompt, languageKeyboard(texts.language));
    }),
  );

  composer.action(
    languageData.pattern,
    managersOnly(async (ctx) => {
      const language = languageData.decode(ctx.match.input)?.language;
      const chatId = languageChatId(ctx);
      if (!isLanguage(language) || chatId === undefined) return void (await ctx.answerCbQuery(readerTexts(ctx).bot.staleList));
      await deps.chatLanguages.set(chatId, language, "chosen");
      const texts = deps.texts[language];
      // The rest of this update (the answer to the press) is in the new language already.
      useReaderTexts(ctx, texts);
      await editHtml(ctx, texts.bot.languageSet, languageKeyboard(language));
      await ctx.answerCbQuery();
    }),
  );

  return composer;
}
