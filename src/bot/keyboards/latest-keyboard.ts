import type { InlineKeyboardButton, InlineKeyboardMarkup } from "telegraf/types";
import type { BotTexts } from "../texts.js";
import { defineCallbackData } from "./callback-data.js";

/** The first page of the latest headlines as they are now, in a new message. */
export const openLatestData = defineCallbackData("L1", {});
/** A page of the latest headlines, for the list of headlines with fingerprint `list`. */
export const latestPageData = defineCallbackData("l1", { list: "key", page: "int" });

/** `Newer` towards page 0 (the newest), `Older` away from it. */
export function latestKeyboard(list: string, page: number, pages: number, texts: BotTexts): InlineKeyboardMarkup {
  const row: InlineKeyboardButton[] = [];
  if (page > 0) row.push({ text: texts.buttons.newer, callback_data: latestPageData.encode({ list, page: page - 1 }) });
  if (page < pages - 1) row.push({ text: texts.buttons.older, callback_data: latestPageData.encode({ list, page: page + 1 }) });
  return { inline_keyboard: row.length > 0 ? [row] : [] };
}
