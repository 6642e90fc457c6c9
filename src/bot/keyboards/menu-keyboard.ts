import type { InlineKeyboardButton, InlineKeyboardMarkup } from "telegraf/types";
import type { BotTexts } from "../texts.js";
import { openLatestData } from "./latest-keyboard.js";
import { openSectionsData } from "./sections-keyboard.js";

/** Latest and Sections: they open fresh lists, so they never go stale. */
function menuButtons(texts: BotTexts): InlineKeyboardButton[] {
  return [
    { text: texts.buttons.latest, callback_data: openLatestData.encode({}) },
    { text: texts.buttons.sections, callback_data: openSectionsData.encode({}) },
  ];
}

/** Latest and Sections, then the buttons extra features add (such as Subscribe), two to a row. */
export function menuKeyboard(texts: BotTexts, extraButtons: readonly InlineKeyboardButton[] = []): InlineKeyboardMarkup {
  const rows: InlineKeyboardButton[][] = [menuButtons(texts)];
  for (let i = 0; i < extraButtons.length; i += 2) rows.push(extraButtons.slice(i, i + 2));
  return { inline_keyboard: rows };
}
