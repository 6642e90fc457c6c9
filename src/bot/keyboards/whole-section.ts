import type { InlineKeyboardButton } from "telegraf/types";
import type { Article, Corpus } from "../../corpus/types.js";
import { articleByKey, articleKey, sectionCheck } from "../corpus-view.js";
import { defineCallbackData } from "./callback-data.js";

/** Sends one section of one article; `check` tells whether the section is still the one the button was made for. */
export const wholeSectionData = defineCallbackData("w1", { article: "key", section: "int", check: "key" });

export function wholeSectionButton(caption: string, article: Article, sectionIndex: number): InlineKeyboardButton.CallbackButton {
  return {
    text: caption,
    callback_data: wholeSectionData.encode({
      article: articleKey(article),
      section: sectionIndex,
      check: sectionCheck(article, sectionIndex),
    }),
  };
}

/** The article and section a Whole-section button points to, or null when the corpus changed under it. */
export function resolveWholeSection(corpus: Corpus, data: string): { article: Article; sectionIndex: number } | null {
  const decoded = wholeSectionData.decode(data);
  if (!decoded) return null;
  const article = articleByKey(corpus, decoded.article);
  if (!article || !article.sections[decoded.section]) return null;
  if (sectionCheck(article, decoded.section) !== decoded.check) return null;
  return { article, sectionIndex: decoded.section };
}
