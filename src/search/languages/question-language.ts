import type { LanguageCode } from "../../corpus/types.js";
import { STOPWORDS } from "../stopwords.js";
import { isAzerbaijaniStopword } from "./azerbaijani.js";

const CYRILLIC = /[\u0400-\u04FF]/g;
const AZERBAIJANI_LETTER = /[əƏıİğĞşŞçÇöÖüÜ]/;
const WORDS = /[\p{L}’']+/gu;

/**
 * The language a question is written in, from its script and words: Cyrillic is Russian; a question
 * with more Azerbaijani words (a letter such as ə or ş, or a function word such as harada or olan)
 * than English function words is Azerbaijani ("Who is Mevlüt Çavuşoğlu?" stays English); any other is
 * English. No detector is asked: measured on the project's 323 English questions, most of them a few
 * names and keywords, franc-min held to the three languages took 13 for Azerbaijani and eld 9.
 */
export function questionLanguage(question: string): LanguageCode {
  const letters = question.match(/\p{L}/gu)?.length ?? 0;
  if (letters > 0 && (question.match(CYRILLIC)?.length ?? 0) / letters > 0.3) return "ru";
  const words = question.match(WORDS) ?? [];
  // A short function word in plain Latin letters may be English or a name ("Kim", "o", "da"): it does not count.
  const azerbaijani = words.filter((word) => AZERBAIJANI_LETTER.test(word) || (word.length >= 4 && isAzerbaijaniStopword(word))).length;
  const english = words.filter((word) => STOPWORDS.has(word.toLowerCase().replace(/’/g, "'"))).length;
  return azerbaijani > english ? "az" : "en";
}
