import type { InlineKeyboardMarkup } from "telegraf/types";
import { LANGUAGES, type Language } from "../../i18n/languages.js";
import { defineCallbackData } from "./callback-data.js";

/** /language's buttons: speak this language to the chat from now on. */
export const languageData = defineCallbackData("g1", { language: "key" });

/**
 * Each language by its own name, the same in every catalogue: a reader who cannot read the current language
 * still finds theirs.
 */
const NATIVE_NAMES: Readonly<Record<Language, string>> = Object.freeze({ en: "English", ru: "Русский", az: "Azərbaycanca" });

/** English / Русский / Azərbaycanca, the chat's current one ticked. */
export function languageKeyboard(current: Language): InlineKeyboardMarkup {
  return {
    inline_keyboard: [
      LANGUAGES.map((language) => ({
        text: language === current ? `✓ ${NATIVE_NAMES[language]}` : NATIVE_NAMES[language],
        callback_data: languageData.encode({ language }),
      })),
    ],
  };
}
