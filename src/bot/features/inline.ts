import { Composer, type Context } from "telegraf";
import type { InlineQueryResultArticle } from "telegraf/types";
import type { Headline } from "../../corpus/types.js";
import type { Answer } from "../../search/types.js";
import { latestHeadlines } from "../corpus-view.js";
import { BOT_DEFAULTS } from "../defaults.js";
import type { BotDeps } from "../deps.js";
import { answerTitle, formatAnswer } from "../format/answer.js";
import { clip } from "../format/clip.js";
import { formatHeadline, headlineMeta } from "../format/headlines.js";
import { shortHash } from "../keyboards/callback-data.js";
import { readerZone } from "../reader-zone.js";
import { HTML_OPTIONS } from "../replies.js";

function article(id: string, title: string, description: string, html: string): InlineQueryResultArticle {
  return {
    type: "article",
    id,
    title: clip(title, BOT_DEFAULTS.headingMaxLength),
    description: clip(description.replace(/\s+/g, " ").trim(), BOT_DEFAULTS.inlineDescriptionLength),
    input_message_content: { message_text: html, ...HTML_OPTIONS },
  };
}

/** The offset Telegram sends back is ours (a number); anything else starts from the top. */
function parseOffset(offset: string): number {
  return /^\d{1,3}$/.test(offset) ? Number(offset) : 0;
}

/**
 * `@bot question` in any chat: answers as results to pick and send, a page at a time through
 * next_offset; with no question, the latest headlines. At most `inlineMaxResults` in all.
 */
export function inlineFeature(deps: BotDeps): Composer<Context> {
  const composer = new Composer<Context>();

  composer.on("inline_query", async (ctx) => {
    const query = ctx.inlineQuery.query.trim();
    const offset = parseOffset(ctx.inlineQuery.offset);
    const timeZone = readerZone(deps, ctx);
    // Ids only need to be unique within one answer; the query's hash keeps pages apart in clients' caches.
    const idPrefix = shortHash(query, 10);
    const max = BOT_DEFAULTS.inlineMaxResults;
    const results: InlineQueryResultArticle[] =
      query === ""
        ? latestHeadlines(deps.getCorpus())
            .slice(0, max)
            .map((h: Headline, i) => article(`${idPrefix}-${i}`, h.title, headlineMeta(h, timeZone), formatHeadline(h, timeZone)))
        : deps
            .getSearch()
            .search(query, { limit: max })
            .map((a: Answer, i) => article(`${idPrefix}-${i}`, answerTitle(a), a.excerpt, formatAnswer(a, { timeZone })));
    const page = results.slice(offset, offset + BOT_DEFAULTS.inlinePageSize);
    const nextOffset = offset + BOT_DEFAULTS.inlinePageSize;
    await ctx.answerInlineQuery(page, {
      cache_time: BOT_DEFAULTS.inlineCacheSeconds,
      is_personal: deps.timezoneOf !== undefined,
      next_offset: nextOffset < results.length ? String(nextOffset) : "",
    });
  });
  return composer;
}
