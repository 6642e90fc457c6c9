import type { Language } from "../../i18n/languages.js";
import type { ChatLanguage } from "../types.js";
import { flagFrom } from "./stored-flag.js";

export interface ChatLanguageColumns {
  chat_id: number;
  language: Language;
  chosen: number | boolean;
}

export const chatLanguageFrom = (columns: ChatLanguageColumns): ChatLanguage => ({
  language: columns.language,
  chosen: flagFrom(columns.chosen),
});
