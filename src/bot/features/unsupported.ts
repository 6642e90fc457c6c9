import { Composer, type Context } from "telegraf";
import { replyHtml } from "../replies.js";
import { textsOf } from "../i18n/reader-texts.js";

/** What a reader can send that is not text; service messages (a pin, a join) get no reply. */
const CONTENT = ["sticker", "photo", "video", "voice", "audio", "document", "animation", "video_note", "location", "venue", "contact", "poll", "dice", "story"];

/**
 * The catch-all, last: what no feature took. A button nobody knows (from an old message, after a
 * restart or a new version) gets "this list has changed"; in private, a sticker or photo gets a hint
 * that the bot reads text, an unknown command points to /help. In groups, silence.
 */
export function unsupportedFeature(): Composer<Context> {
  const composer = new Composer<Context>();
  composer.on("callback_query", (ctx) => ctx.answerCbQuery(textsOf(ctx).staleList));
  composer.on("message", async (ctx) => {
    if (ctx.chat.type !== "private") return;
    if ("text" in ctx.message) {
      if (ctx.message.text.startsWith("/")) await replyHtml(ctx, textsOf(ctx).unknownCommand);
      return;
    }
    if (CONTENT.some((key) => key in ctx.message)) await replyHtml(ctx, textsOf(ctx).onlyText);
  });
  return composer;
}
