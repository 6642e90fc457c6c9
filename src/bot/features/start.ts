import { Composer, type Context } from "telegraf";
import { allCommands } from "../commands.js";
import type { BotFeature } from "../deps.js";
import { readerTexts } from "../i18n/reader-texts.js";
import { menuKeyboard } from "../keyboards/menu-keyboard.js";
import { replyHtml } from "../replies.js";

/** /start: what the bot does, with Latest, Sections and the extra features' buttons; /help: every command. */
export function startFeature(features: readonly BotFeature[]): Composer<Context> {
  const composer = new Composer<Context>();
  composer.command("start", (ctx) => {
    const texts = readerTexts(ctx);
    const extraButtons = features.flatMap((f) => f.startButtons?.(texts) ?? []);
    return replyHtml(ctx, texts.bot.start(ctx.me), menuKeyboard(texts.bot, extraButtons));
  });
  composer.command("help", (ctx) => {
    const texts = readerTexts(ctx);
    return replyHtml(ctx, texts.bot.help(ctx.me, allCommands(texts, features)));
  });
  return composer;
}
