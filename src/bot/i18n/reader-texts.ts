import type { Context } from "telegraf";
import { LANGUAGES, type Language } from "../../i18n/languages.js";
import type { Translator } from "../../i18n/translator.js";
import { createSubscriptionTexts, type SubscriptionTexts } from "../subscription-texts.js";
import { createBotTexts, type BotTexts } from "../texts.js";

/** The bot's texts in one language: its own features', and the subscription features'. */
export interface ReaderTexts {
  language: Language;
  bot: BotTexts;
  subscription: SubscriptionTexts;
}

export type TextsByLanguage = Readonly<Record<Language, ReaderTexts>>;

/** Every language's texts, worded once at start from the translators. */
export function createTextsByLanguage(translators: Readonly<Record<Language, Translator>>): TextsByLanguage {
  const entries = LANGUAGES.map((language) => {
    const tr = translators[language];
    return [language, { language, bot: createBotTexts(tr), subscription: createSubscriptionTexts(tr) }] as const;
  });
  return Object.freeze(Object.fromEntries(entries) as Record<Language, ReaderTexts>);
}

/** Where the reader's texts ride on an update (Telegraf's per-update state). */
const STATE_KEY = "readerTexts";

/** Sets the texts the rest of the update is answered in (the reader-language middleware, /language). */
export function useReaderTexts(ctx: Context, texts: ReaderTexts): void {
  ctx.state[STATE_KEY] = texts;
}

/** The texts of the reader behind the update, when the reader-language middleware has run for it. */
export function readerTextsIfSet(ctx: Context): ReaderTexts | undefined {
  return ctx.state[STATE_KEY] as ReaderTexts | undefined;
}

/** The texts of the reader behind the update; the reader-language middleware always runs first. */
export function readerTexts(ctx: Context): ReaderTexts {
  const texts = readerTextsIfSet(ctx);
  if (!texts) throw new Error("the reader's language was not set for this update");
  return texts;
}

/** The bot's own texts for the reader behind the update. */
export const textsOf = (ctx: Context): BotTexts => readerTexts(ctx).bot;

/** The subscription features' texts for the reader behind the update. */
export const subscriptionTextsOf = (ctx: Context): SubscriptionTexts => readerTexts(ctx).subscription;
