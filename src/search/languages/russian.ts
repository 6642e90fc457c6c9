import { stemmer } from "@orama/stemmers/russian";
import { rus } from "stopword";

/**
 * Russian function words: the Snowball list the `stopword` package carries (stopwords-iso's 559 take
 * content words such as "война" and "время" for stopwords), and the words a reader wraps a question in.
 */
const STOPWORDS: ReadonlySet<string> = new Set([
  ...rus,
  ..."почему зачем отчего сколько каков какова каково каковы также который которая которое которые которых расскажи скажи покажи объясни новости новость статья статье статьи последние произошло случилось".split(" "),
]);

/**
 * A Russian word's index term: lower case, ё as е (Russian print mostly leaves the dots off), stemmed by
 * Snowball's Russian stemmer; "" for a stopword. @orama/stemmers was chosen over snowball-stemmers: both
 * give the same stems on the test words (коридора → коридор, переговорах → переговор), and it is maintained.
 */
export function foldRussian(word: string): string {
  const lower = word.toLowerCase().replace(/ё/g, "е").replace(/['’ʼ‘]/g, "");
  if (STOPWORDS.has(lower)) return "";
  return /\d/.test(lower) || lower.length < 3 ? lower : stemmer(lower);
}

export const isRussianStopword = (word: string): boolean => STOPWORDS.has(word.toLowerCase().replace(/ё/g, "е"));
