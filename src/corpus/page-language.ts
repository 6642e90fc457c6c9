import { franc } from "franc-min";
import type { LanguageCode } from "./types.js";

const CYRILLIC = /[\u0400-\u04FF]/g;
const LETTER = /\p{L}/gu;
/** Letters of the Azerbaijani Latin alphabet that English and Russian never write; ə is Azerbaijani alone. */
const AZERBAIJANI_LETTERS = /[əƏıİğĞşŞçÇöÖüÜ]/g;

/** A language tag as metadata gives it ("ru", "ru-RU", "az_AZ", "az-Latn-AZ", "en-GB"); null for another language or none. */
export function languageOfTag(tag: string | null | undefined): LanguageCode | null {
  const primary = tag?.trim().toLowerCase().split(/[-_]/)[0];
  return primary === "en" || primary === "ru" || primary === "az" ? primary : null;
}

const count = (text: string, pattern: RegExp) => text.match(pattern)?.length ?? 0;

/** franc's ISO 639-3 codes of the site's languages (azj: North Azerbaijani, as Azerbaijan writes it). */
const FRANC_CODES: Readonly<Record<string, LanguageCode>> = { eng: "en", rus: "ru", azj: "az" };

/**
 * A text's language: its script first (Cyrillic is Russian here; ə, ı, ğ… are Azerbaijani), then
 * franc-min's trigrams, held to the site's three languages. Measured before choosing: on 30 short
 * ru/az/en news lines, franc-min held to the three named 30 right, eld 30, tinyld 18 (20 held to the
 * three); but eld's smallest database takes 46 MB of heap, franc-min's none to speak of (152 kB on disk).
 * A text that shows nothing is English.
 */
export function languageOfText(text: string): LanguageCode {
  const sample = text.slice(0, 4000);
  const letters = count(sample, LETTER);
  if (letters === 0) return "en";
  if (count(sample, CYRILLIC) / letters > 0.3) return "ru";
  if (count(sample, AZERBAIJANI_LETTERS) / letters > 0.02) return "az";
  return FRANC_CODES[franc(sample, { only: Object.keys(FRANC_CODES) })] ?? "en";
}

/**
 * A headline's language, from its few words: the script shows Russian and Azerbaijani (nearly every
 * Azerbaijani line has a ə, ı or ş); a line in Latin letters alone is English, since a detector
 * guesses on a handful of names (it took "Iran hijab fines" for Azerbaijani).
 */
export function languageOfLine(text: string): LanguageCode {
  const letters = count(text, LETTER);
  if (letters === 0) return "en";
  if (count(text, CYRILLIC) / letters > 0.3) return "ru";
  return count(text, AZERBAIJANI_LETTERS) > 0 ? "az" : "en";
}
