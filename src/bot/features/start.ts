import { Composer, type Context } from "telegraf";
import { allCommands } from "../commands.js";
import type { BotFeature } from "../deps.js";
import { menuKeyboard } from "../keyboards/menu-keyboard.js";
import { replyHtml } from "../replies.js";
import { TEXTS } from "../texts.js";

/** /start: what the bot does, with Latest, Sections and the extra features' buttons; /help: every command. */
export function startFeature(features: readonly BotFeature[]): Composer<Context> {
  const composer = new Composer<Context>();
  const extraButtons = features.flatMap((f) => f.startButtons ?? []);
  const commands = allCommands(features);
  composer.command("start", (ctx) => replyHtml(ctx, TEXTS.start(ctx.me), menuKeyboard(extraButtons)));
  composer.command("help", (ctx) => replyHtml(ctx, TEXTS.help(ctx.me, commands)));
  return composer;
}
