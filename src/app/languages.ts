import { commandMenus } from "../bot/commands.js";
import type { BotFeature, ChatLanguages } from "../bot/deps.js";
import { createTextsByLanguage, type TextsByLanguage } from "../bot/i18n/reader-texts.js";
import type { CommandMenu } from "../bot/launch-bot.js";
import { createDeliveryTexts, type DeliveryTexts, type DeliveryTextsOf } from "../delivery/texts.js";
import { loadCatalogues } from "../i18n/catalogues.js";
import { DEFAULT_LANGUAGE, LANGUAGES, type Language } from "../i18n/languages.js";
import { createTranslators } from "../i18n/translator.js";
import type { ChatLanguage, Store } from "../store/types.js";

/** The bot's languages as the parts need them: the texts, each chat's language, and the menus. */
export interface AppLanguages {
  texts: TextsByLanguage;
  /** The store's chat languages kept in memory (read at start by load), through a getter: the store opens at start. */
  chatLanguages: ChatLanguages & { load(): Promise<void> };
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
  // Every update and every queued message asks its chat's language: all are read from the store at start (load),
  // then from memory, so that composing a push never waits on the database. A set goes to the store, which decides
  // (a language seen never replaces one chosen), and its verdict is read back. Another instance's sets (webhook
  // mode on PostgreSQL) reach this copy at its next load, which runs again when this instance takes the lead.
  const known = new Map<number, ChatLanguage>();
  const chatLanguages: ChatLanguages & { load(): Promise<void> } = {
    async load() {
      const all = await getStore().chatLanguages.all();
      known.clear();
      unknown.clear();
      for (const [chatId, language] of all) known.set(chatId, language);
    },
    async get(chatId) {
      const cached = known.get(chatId);
      if (cached) return cached;
      const stored = await getStore().chatLanguages.get(chatId);
      if (stored) known.set(chatId, stored);
      return stored;
    },
    async set(chatId, language, how) {
      const store = getStore();
      await store.chatLanguages.set(chatId, language, how);
      const verdict = await store.chatLanguages.get(chatId);
      if (verdict) known.set(chatId, verdict);
    },
  };
  // A chat that has not spoken to the bot yet (a channel an admin subscribed) is written to in English. One the
  // copy does not know may still have a row (a group just become a supergroup takes its row along): it is read
  // once in the background, for the chat's next messages.
  const unknown = new Set<number>();
  const languageOf = (chatId: number): Language => {
    const cached = known.get(chatId);
    if (!cached && !unknown.has(chatId)) {
      unknown.add(chatId);
      void chatLanguages.get(chatId).catch(() => unknown.delete(chatId));
    }
    return cached?.language ?? DEFAULT_LANGUAGE;
  };
  return {
    texts,
    chatLanguages,
    deliveryTextsOf: (chatId) => deliveryTexts[languageOf(chatId)],
    deliveryTextsIn: (language) => deliveryTexts[language],
    labelsOf: (chatId) => texts[languageOf(chatId)].subscription.buttons,
    menus: (features) => commandMenus(texts, features),
  };
}
