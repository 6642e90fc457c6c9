import type { InlineKeyboardButton, InlineKeyboardMarkup } from "telegraf/types";
import type { Article } from "../../corpus/types.js";
import type { BotTexts } from "../texts.js";
import { defineCallbackData } from "./callback-data.js";
import { feedbackRows } from "./feedback-keyboard.js";
import { wholeSectionButton } from "./whole-section.js";

/** Shows answer `index` of the answers kept in memory under `list`. */
export const answerNavData = defineCallbackData("n1", { list: "key", index: "int" });

/**
 * `Back` and `More answers` around the answer shown, `Whole section` when the answer is a section
 * still in the corpus, and 👍 / 👎 when the question is kept (`questionId`).
 */
export function answerKeyboard(options: {
  list: string;
  index: number;
  total: number;
  section: { article: Article; sectionIndex: number } | null;
  questionId?: number | null;
  texts: BotTexts;
}): InlineKeyboardMarkup {
  const { list, index, total, section, questionId = null, texts } = options;
  const nav: InlineKeyboardButton[] = [];
  if (index > 0) nav.push({ text: texts.buttons.back, callback_data: answerNavData.encode({ list, index: index - 1 }) });
  if (index < total - 1) nav.push({ text: texts.buttons.more, callback_data: answerNavData.encode({ list, index: index + 1 }) });
  const rows: InlineKeyboardButton[][] = [];
  if (nav.length > 0) rows.push(nav);
  if (section) rows.push([wholeSectionButton(texts.buttons.wholeSection, section.article, section.sectionIndex)]);
  if (questionId !== null) rows.push(...feedbackRows(questionId, texts));
  return { inline_keyboard: rows };
}
