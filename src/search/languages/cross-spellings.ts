import type { LanguageCode } from "../../corpus/types.js";
import { lowerAzerbaijani, stemAzerbaijani } from "./azerbaijani.js";
import { azerbaijaniSpellings, transliterations } from "./transliterate.js";

/**
 * The endings a Russian name takes in a sentence, and the adjective's -ск- made from it, longest first:
 * Зангезурского → Зангезур, Ирана → Иран, Пашиняну → Пашинян. Snowball's stems do not serve here: they
 * cut names as words (Иран → ира).
 */
const RUSSIAN_NAME_ENDINGS = [
  "скими", "ского", "скому", "ским", "ских", "ской", "скую", "ские", "ский", "ская", "ское",
  "ами", "ями", "ом", "ем", "ой", "ей", "ым", "им", "ам", "ям", "ах", "ях", "а", "я", "у", "ю", "е", "ы", "и",
];

/** A Russian word and the forms of it without a name's ending, the word itself first. */
function russianForms(word: string): string[] {
  const lower = word.toLowerCase().replace(/ё/g, "е");
  const forms = [lower];
  for (const ending of RUSSIAN_NAME_ENDINGS) if (lower.endsWith(ending) && lower.length - ending.length >= 3) forms.push(lower.slice(0, -ending.length));
  return forms;
}

/**
 * How a word of a Russian or Azerbaijani question may be spelled on an English page, lower case and not
 * yet folded: Cyrillic transliterated (Зангезурского → zangezur), Azerbaijani letters as English spells
 * them (Naxçıvanı → nakhchivan). The search keeps only the spellings the corpus uses; the first is the
 * likeliest, what a typo is looked for from when none is used.
 */
export function crossSpellings(word: string, language: LanguageCode): string[] {
  if (language === "ru") {
    const forms = russianForms(word);
    // The most stripped form first: a name's bare form is the likeliest spelling on an English page.
    return [...new Set([...forms.slice(1), forms[0]!].flatMap(transliterations))];
  }
  if (language === "az") {
    const bare = lowerAzerbaijani(word).replace(/['’ʼ‘].*$/, "");
    return [...new Set([stemAzerbaijani(word), bare].flatMap(azerbaijaniSpellings))];
  }
  return [word.toLowerCase()];
}
