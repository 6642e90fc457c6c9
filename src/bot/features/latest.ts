import { Composer, type Context } from "telegraf";
import { headlinesFingerprint, latestHeadlines, pageOf } from "../corpus-view.js";
import { BOT_DEFAULTS } from "../defaults.js";
import type { BotDeps } from "../deps.js";
import { formatLatestPage } from "../format/headlines.js";
import { latestKeyboard, latestPageData, openLatestData } from "../keyboards/latest-keyboard.js";
import { readerZone } from "../reader-zone.js";
import { editOrStale, replyHtml, type View } from "../replies.js";
import { textsOf } from "../i18n/reader-texts.js";

/** /latest: the newest headlines first, a page at a time, with Older and Newer. */
export function latestFeature(deps: BotDeps): Composer<Context> {
  const composer = new Composer<Context>();

  const page = async (ctx: Context, number: number, list?: string): Promise<View | null> => {
    const corpus = deps.getCorpus();
    const current = headlinesFingerprint(corpus);
    if (list !== undefined && list !== current) return null;
    const headlines = latestHeadlines(corpus);
    if (headlines.length === 0) return number === 0 ? { html: textsOf(ctx).noHeadlines, markup: { inline_keyboard: [] } } : null;
    const shown = pageOf(headlines, number, BOT_DEFAULTS.latestPageSize);
    if (!shown) return null;
    return {
      html: formatLatestPage(shown.items, shown.page, shown.pages, await readerZone(deps, ctx), textsOf(ctx)),
      markup: latestKeyboard(current, shown.page, shown.pages, textsOf(ctx)),
    };
  };

  const sendFirstPage = async (ctx: Context) => {
    const first = await page(ctx, 0);
    if (first) await replyHtml(ctx, first.html, first.markup);
  };

  composer.command("latest", sendFirstPage);
  composer.action(openLatestData.pattern, async (ctx) => {
    await ctx.answerCbQuery();
    await sendFirstPage(ctx);
  });
  composer.action(latestPageData.pattern, async (ctx) => {
    const data = latestPageData.decode(ctx.match.input);
    await editOrStale(ctx, data ? await page(ctx, data.page, data.list) : null);
  });
  return composer;
}
