import { latinLanguageOf } from "./latin-trigrams.js";
import type { LanguageCode, Section } from "./types.js";

/** Letters of the Azerbaijani Latin alphabet that English and Russian never write; ə is Azerbaijani alone. */
const AZERBAIJANI_LETTERS = "əƏıİğĞşŞçÇöÖüÜ";
const LATIN = 1;
const AZERBAIJANI = 2;
/**
 * Each code unit below ə's (U+0259) and ə itself: a Latin letter, an Azerbaijani one, or neither. A table
 * read per character: a Set's lookup for each of a cold start's ten million characters took 150 ms a worker.
 */
const LATIN_KINDS = (() => {
  const kinds = new Uint8Array(0x25a);
  for (let code = 0; code < kinds.length; code++)
    if ((code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) || (code >= 0xc0 && code <= 0x24f)) kinds[code] = LATIN;
  for (const letter of AZERBAIJANI_LETTERS) kinds[letter.charCodeAt(0)] = AZERBAIJANI;
  return kinds;
})();

/** Letters, Cyrillic letters and Azerbaijani letters of a text, in one pass: a corpus of 10,000 pages is read at start. */
function letterCounts(text: string): { letters: number; cyrillic: number; azerbaijani: number } {
  let letters = 0;
  let cyrillic = 0;
  let azerbaijani = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x400 && code <= 0x4ff) cyrillic++;
    else {
      const kind = code < LATIN_KINDS.length ? LATIN_KINDS[code]! : 0;
      if (kind === 0) continue;
      if (kind === AZERBAIJANI) azerbaijani++;
    }
    letters++;
  }
  return { letters, cyrillic, azerbaijani };
}

/** A language tag as metadata gives it ("ru", "ru-RU", "az_AZ", "az-Latn-AZ", "en-GB"); null for another language or none. */
export function languageOfTag(tag: string | null | undefined): LanguageCode | null {
  const primary = tag?.trim().toLowerCase().split(/[-_]/)[0];
  return primary === "en" || primary === "ru" || primary === "az" ? primary : null;
}

/** The commonest English words: a third of English prose, none of them Azerbaijani. */
const ENGLISH_FUNCTION_WORDS: ReadonlySet<string> = new Set("the of and to in is that for on with as was by it from at are has have be".split(" "));
/** English prose is far above this share of them; a text below it is asked of the detector. */
const ENGLISH_SHARE = 0.08;
/** The signs are read on this much of a text's opening. */
const TEXT_SAMPLE = 1000;
/** The trigrams read this much of a text (franc-min took 1.4 ms a page on it, where 4,000 characters took 5.6 ms). */
const DETECTOR_SAMPLE = 500;

/**
 * A text's language: its script first (Cyrillic is Russian here; ə, ı, ğ… are Azerbaijani), then, for
 * Latin text without those letters, English when its commonest words show it, else franc-min's trigrams
 * held to the site's two Latin-script languages (latin-trigrams.ts). Measured before choosing: on 30 short
 * ru/az/en news lines, franc-min held to the three named 30 right, eld 30, tinyld 18 (20 held to the three);
 * but eld's smallest database takes 46 MB of heap, franc-min's none to speak of (152 kB on disk). The
 * trigrams are asked last: the cheaper signs settle most pages.
 */
export function languageOfText(text: string): LanguageCode {
  const sample = text.slice(0, TEXT_SAMPLE);
  const { letters, cyrillic, azerbaijani } = letterCounts(sample);
  if (letters === 0) return "en";
  if (cyrillic / letters > 0.3) return "ru";
  if (azerbaijani / letters > 0.02) return "az";
  const words = sample.toLowerCase().split(/[^a-z]+/);
  if (words.filter((word) => ENGLISH_FUNCTION_WORDS.has(word)).length / words.length >= ENGLISH_SHARE) return "en";
  return latinLanguageOf(sample.slice(0, DETECTOR_SAMPLE)) === "azj" ? "az" : "en";
}

/**
 * A headline's language, from its few words: the script shows Russian and Azerbaijani (nearly every
 * Azerbaijani line has a ə, ı or ş); a line in Latin letters alone is English, since a detector
 * guesses on a handful of names (it took "Iran hijab fines" for Azerbaijani).
 */
export function languageOfLine(text: string): LanguageCode {
  const { letters, cyrillic, azerbaijani } = letterCounts(text);
  if (letters === 0) return "en";
  if (cyrillic / letters > 0.3) return "ru";
  return azerbaijani > 0 ? "az" : "en";
}

/**
 * An article's language, from its title and paragraphs as one text (lines joined): only the opening that
 * languageOfText reads is joined, where the whole article made a string of 10 kB or more to throw away.
 */
export function languageOfArticle(title: string, sections: readonly Section[]): LanguageCode {
  let opening = title;
  for (const section of sections)
    for (const paragraph of section.paragraphs) {
      if (opening.length >= TEXT_SAMPLE) return languageOfText(opening);
      opening += "\n" + paragraph;
    }
  return languageOfText(opening);
}
