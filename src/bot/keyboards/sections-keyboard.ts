import type { InlineKeyboardButton, InlineKeyboardMarkup } from "telegraf/types";
import type { Article } from "../../corpus/types.js";
import { articleKey } from "../corpus-view.js";
import { BOT_DEFAULTS } from "../defaults.js";
import { clip } from "../format/clip.js";
import { sectionName } from "../format/section.js";
import type { BotTexts } from "../texts.js";
import { defineCallbackData } from "./callback-data.js";
import { wholeSectionButton } from "./whole-section.js";

/** The first page of the articles as they are now, in a new message. */
export const openSectionsData = defineCallbackData("S1", {});
/** A page of the article list with fingerprint `list`. */
export const articlesPageData = defineCallbackData("a1", { list: "key", page: "int" });
/** A page of one article's sections. */
export const articleData = defineCallbackData("o1", { article: "key", page: "int" });

function pager(page: number, pages: number, encode: (page: number) => string, texts: BotTexts): InlineKeyboardButton[][] {
  const row: InlineKeyboardButton[] = [];
  if (page > 0) row.push({ text: texts.buttons.previousPage, callback_data: encode(page - 1) });
  if (page < pages - 1) row.push({ text: texts.buttons.nextPage, callback_data: encode(page + 1) });
  return row.length > 0 ? [row] : [];
}

/** One button per article of the page, then the pager. */
export function articlesKeyboard(
  list: string,
  articles: readonly Article[],
  page: number,
  pages: number,
  texts: BotTexts,
): InlineKeyboardMarkup {
  return {
    inline_keyboard: [
      ...articles.map((article) => [
        { text: clip(article.title, BOT_DEFAULTS.buttonTextLength), callback_data: articleData.encode({ article: articleKey(article), page: 0 }) },
      ]),
      ...pager(page, pages, (p) => articlesPageData.encode({ list, page: p }), texts),
    ],
  };
}

/** The page of an article's section list that shows the section. */
export const sectionsPageOf = (sectionIndex: number): number => Math.floor(sectionIndex / BOT_DEFAULTS.sectionsPageSize);

/**
 * Under a section: the previous and next sections of its article (each sends that section, as its button in the
 * list would), and back to the article's list of sections, at the page that holds this one.
 */
export function sectionNavKeyboard(article: Article, sectionIndex: number, texts: BotTexts): InlineKeyboardMarkup {
  const steps: InlineKeyboardButton[] = [];
  if (sectionIndex > 0) steps.push(wholeSectionButton(texts.buttons.previousSection, article, sectionIndex - 1));
  if (sectionIndex < article.sections.length - 1) steps.push(wholeSectionButton(texts.buttons.nextSection, article, sectionIndex + 1));
  const back = {
    text: texts.buttons.backToArticle,
    callback_data: articleData.encode({ article: articleKey(article), page: sectionsPageOf(sectionIndex) }),
  };
  return { inline_keyboard: [...(steps.length > 0 ? [steps] : []), [back]] };
}

/** One button per section of the page (a press sends the section), the pager, and back to all articles. */
export function articleSectionsKeyboard(options: {
  article: Article;
  sectionIndexes: readonly number[];
  page: number;
  pages: number;
  articlesList: string;
  texts: BotTexts;
}): InlineKeyboardMarkup {
  const { article, sectionIndexes, page, pages, articlesList, texts } = options;
  const key = articleKey(article);
  return {
    inline_keyboard: [
      ...sectionIndexes.map((i) => [wholeSectionButton(clip(sectionName(article, i), BOT_DEFAULTS.buttonTextLength), article, i)]),
      ...pager(page, pages, (p) => articleData.encode({ article: key, page: p }), texts),
      [{ text: texts.buttons.allArticles, callback_data: articlesPageData.encode({ list: articlesList, page: 0 }) }],
    ],
  };
}
