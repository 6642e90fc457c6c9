import { Composer, type Context } from "telegraf";
import { articleByKey, articlesFingerprint, newestArticles, pageOf } from "../corpus-view.js";
import { BOT_DEFAULTS } from "../defaults.js";
import type { BotDeps } from "../deps.js";
import { formatArticleHeader } from "../format/section.js";
import {
  articleData,
  articlesKeyboard,
  articlesPageData,
  articleSectionsKeyboard,
  openSectionsData,
} from "../keyboards/sections-keyboard.js";
import { readerZone } from "../reader-zone.js";
import { editOrStale, replyHtml, type View } from "../replies.js";
import { textsOf } from "../i18n/reader-texts.js";

/**
 * /sections: the articles as buttons, newest first, then an article's sections as buttons (the message is edited in
 * place); a section's button sends the section (handled with Whole section, in the answers feature), and a
 * section's Back to the article comes back here.
 */
export function sectionsFeature(deps: BotDeps): Composer<Context> {
  const composer = new Composer<Context>();

  const articlesView = (ctx: Context, number: number, list?: string): View | null => {
    const corpus = deps.getCorpus();
    const current = articlesFingerprint(corpus);
    if (list !== undefined && list !== current) return null;
    if (corpus.articles.length === 0) return number === 0 ? { html: textsOf(ctx).noArticles, markup: { inline_keyboard: [] } } : null;
    const shown = pageOf(newestArticles(corpus), number, BOT_DEFAULTS.articlesPageSize);
    if (!shown) return null;
    return {
      html: textsOf(ctx).articlesTitle(shown.page, shown.pages),
      markup: articlesKeyboard(current, shown.items, shown.page, shown.pages, textsOf(ctx)),
    };
  };

  const articleView = async (ctx: Context, key: string, number: number): Promise<View | null> => {
    const corpus = deps.getCorpus();
    const article = articleByKey(corpus, key);
    if (!article) return null;
    const shown = pageOf(
      article.sections.map((_, i) => i),
      number,
      BOT_DEFAULTS.sectionsPageSize,
    );
    if (!shown) return null;
    return {
      html: formatArticleHeader(article, await readerZone(deps, ctx), textsOf(ctx)),
      markup: articleSectionsKeyboard({
        article,
        sectionIndexes: shown.items,
        page: shown.page,
        pages: shown.pages,
        articlesList: articlesFingerprint(corpus),
        texts: textsOf(ctx),
      }),
    };
  };

  const sendArticles = async (ctx: Context) => {
    const first = articlesView(ctx, 0);
    if (first) await replyHtml(ctx, first.html, first.markup);
  };

  composer.command("sections", sendArticles);
  composer.action(openSectionsData.pattern, async (ctx) => {
    await ctx.answerCbQuery();
    await sendArticles(ctx);
  });
  composer.action(articlesPageData.pattern, async (ctx) => {
    const data = articlesPageData.decode(ctx.match.input);
    await editOrStale(ctx, data ? articlesView(ctx, data.page, data.list) : null);
  });
  composer.action(articleData.pattern, async (ctx) => {
    const data = articleData.decode(ctx.match.input);
    await editOrStale(ctx, data ? await articleView(ctx, data.article, data.page) : null);
  });
  return composer;
}
