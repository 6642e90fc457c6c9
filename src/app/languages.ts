import { commandMenus } from "../bot/commands.js";
import type { BotFeature } from "../bot/deps.js";
import { createTextsByLanguage, type TextsByLanguage } from "../bot/i18n/reader-texts.js";
import type { CommandMenu } from "../bot/launch-bot.js";
import { createDeliveryTexts, type DeliveryTexts, type DeliveryTextsOf } from "../delivery/texts.js";
import { loadCatalogues } from "../i18n/catalogues.js";
import { DEFAULT_LANGUAGE, LANGUAGES, type Language } from "../i18n/languages.js";
import { createTranslators } from "../i18n/translator.js";
import type { ChatLanguage, ChatLanguageStore, Store } from "../store/types.js";

/** The bot's languages as the parts need them: the texts, each chat's language, and the menus. */
export interface AppLanguages {
  texts: TextsByLanguage;
  /** The store's chat languages, through a getter: the store opens at start, after the bot is made. */
  chatLanguages: ChatLanguageStore;
  deliveryTextsOf: DeliveryTextsOf;
  /** Delivery's texts in one language (the console's digest preview is in English). */
  deliveryTextsIn(language: Language): DeliveryTexts;
  /** A chat's button labels for queued messages (Explain). */
  labelsOf(chatId: number): TextsByLanguage[Language]["subscription"]["buttons"];
  /** The command menu for everyone (English), then one per other language. */
  menus(features: readonly BotFeature[]): CommandMenu[];
}

/** Reads the catalogues (once, at start) and words every language's texts. */
export function createAppLanguages(getStore: () => Store, cataloguesDir?: string): AppLanguages {
  const translators = createTranslators(loadCatalogues(cataloguesDir));
  const texts = createTextsByLanguage(translators);
  const deliveryTexts = Object.fromEntries(LANGUAGES.map((language) => [language, createDeliveryTexts(translators[language])])) as Record<
    Language,
    DeliveryTexts
  >;
  // Every update and every queued message asks its chat's language: read from the store once, then from memory.
  // A set goes to the store, which decides (a language seen never replaces one chosen), and the next get reads
  // its verdict. One process owns DATA_DIR (the instance lock), so only these sets and a group's migration change
  // the rows; a migration moves a row only to a chat that has none, and a chat with none is not kept here.
  const known = new Map<number, ChatLanguage>();
  const chatLanguages: ChatLanguageStore = {
    get: (chatId) => {
      const cached = known.get(chatId);
      if (cached) return cached;
      const stored = getStore().chatLanguages.get(chatId);
      if (stored) known.set(chatId, stored);
      return stored;
    },
    set: (chatId, language, how) => {
      getStore().chatLanguages.set(chatId, language, how);
      known.delete(chatId);
    },
  };
  // A chat that has not spoken to the bot yet (a channel an admin subscribed) is written to in English.
  const languageOf = (chatId: number): Language => chatLanguages.get(chatId)?.language ?? DEFAULT_LANGUAGE;
  return {
    texts,
    chatLanguages,
    deliveryTextsOf: (chatId) => deliveryTexts[languageOf(chatId)],
    deliveryTextsIn: (language) => deliveryTexts[language],
    labelsOf: (chatId) => texts[languageOf(chatId)].subscription.buttons,
    menus: (features) => commandMenus(texts, features),
  };
}
