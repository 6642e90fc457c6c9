import { negotiateLanguages } from "@fluent/langneg";

/** The languages the bot speaks; the first is the one for everyone else. */
export const LANGUAGES = ["en", "ru", "az"] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = "en";

/**
 * The Intl locale of each language, for dates. English keeps the day-month order the bot always showed
 * ("12 Mar 2024"); Azerbaijani is written in Latin letters.
 */
export const LOCALES: Readonly<Record<Language, string>> = Object.freeze({ en: "en-GB", ru: "ru-RU", az: "az-Latn-AZ" });

export function isLanguage(value: unknown): value is Language {
  return typeof value === "string" && (LANGUAGES as readonly string[]).includes(value);
}

/**
 * The language for a Telegram user's `language_code` (an IETF tag such as "ru" or "az-Latn"): one of ours
 * when it matches, English otherwise.
 */
export function languageOfCode(code: string | undefined): Language {
  if (!code) return DEFAULT_LANGUAGE;
  const [chosen] = negotiateLanguages([code], LANGUAGES, { strategy: "lookup", defaultLocale: DEFAULT_LANGUAGE });
  return isLanguage(chosen) ? chosen : DEFAULT_LANGUAGE;
}
