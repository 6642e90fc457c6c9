import type { PartsOfSpeech } from "./thesaurus.js";
import type { Language } from "./language.js";
import { STOPWORDS } from "./stopwords.js";
import { countedByNumbers, MEASURE_WORDS } from "./asked.js";

/** Words that may stand between a question's opening and the thing it asks about: "what *is the* capital". */
const BETWEEN = new Set(["is", "are", "was", "were", "the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her", "our"]);
/** Words that only say a thing is of a kind: "what *kind of* state" asks about the state. */
const KIND = new Set(["kind", "kinds", "type", "types", "sort", "sorts"]);
const BE = new Set(["is", "are", "was", "were"]);

const lower = (word: string) => word.toLowerCase().replace(/[’‘]/g, "'");
const isStopword = (word: string) => STOPWORDS.has(lower(word));
const isCapitalised = (word: string) => /^\p{Lu}/u.test(word);

/**
 * Where the words naming what a question asks about begin: after "what", "which", "how many" or "how much",
 * after "how long is" and the like, and after "who is" ("who is the leader of …"); -1 when the question opens
 * none of these, or when a verb follows it ("what did Aliyev promise", "who won"), whose object is what is
 * asked, not a thing named.
 */
function focusStart(words: readonly string[]): number {
  for (let i = 0; i < words.length; i++) {
    const word = lower(words[i]!);
    const next = lower(words[i + 1] ?? "");
    if (word === "what" || word === "which" || word === "what's") return i + 1;
    if (word === "how" && (next === "many" || next === "much")) return i + 2;
    // "How long is the stretch": the thing measured follows the verb.
    if (word === "how" && MEASURE_WORDS.has(next) && BE.has(lower(words[i + 2] ?? ""))) return i + 3;
    if ((word === "who" || word === "whom") && BE.has(next)) return i + 2;
    if (word === "who's") return i + 1;
  }
  return -1;
}

/**
 * The focus of a question: the noun that names the thing it asks about ("what is the *capital* of Nakhchivan",
 * "what *currency* is used in Azerbaijan", "how many *soldiers* took part", "who is the current *president*"),
 * as typed, or null. It is the head of the noun phrase after the question's opening: the phrase runs over the
 * nouns and adjectives that follow (a word WordNet lacks is taken for a name or a noun) up to a function word or
 * a verb, and its head is its last noun that is not a name. A question about a name alone ("who is Mahsa Amini")
 * has no focus: the name is its subject.
 */
export function focusOf(question: string, partsOfSpeech: PartsOfSpeech): string | null {
  const words = question.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? [];
  let at = focusStart(words);
  if (at < 0) return null;
  while (at < words.length && BETWEEN.has(lower(words[at]!))) at++;
  if (KIND.has(lower(words[at] ?? "")) && lower(words[at + 1] ?? "") === "of") at += 2;
  while (at < words.length && BETWEEN.has(lower(words[at]!))) at++;
  let head: string | null = null;
  for (; at < words.length && !isStopword(words[at]!); at++) {
    const word = words[at]!;
    // A number qualifies the noun it stands before ("leopard 2 tanks").
    if (/^\d/.test(word)) continue;
    const parts = partsOfSpeech(word);
    // After the head, a lowercase word WordNet lacks is mostly the verb in a form it cannot detach ("soldiers *took*").
    const unlisted = parts.size === 0 && !isCapitalised(word);
    if ((parts.size > 0 && !parts.has("noun") && !parts.has("adj")) || (unlisted && head !== null)) break;
    if (!isCapitalised(word) && (parts.size === 0 || parts.has("noun"))) head = word;
  }
  return head;
}

/**
 * Whether a number of the sentence counts the focus by another noun: one WordNet puts above or below it ("19
 * individuals" for spies), or one it cannot tell anything of ("three children" for kids); "two countries" counts
 * no soldiers. A reader's "how many" seldom uses the page's own word for what is counted.
 */
export function countsFocus(sentence: string, focus: string, nouns: Pick<Language, "kindOf" | "partsOfSpeech">): boolean {
  // The words after a number are often function words ("25 percent *in*"), which WordNet lacks too: they count nothing.
  const counted = (countedByNumbers(sentence).match(/[\p{L}’'-]+/gu) ?? []).filter((word) => !isStopword(word));
  return counted.some((noun) => (nouns.partsOfSpeech(noun).size === 0 ? /^\p{Ll}/u.test(noun) : nouns.kindOf(focus, noun) || nouns.kindOf(noun, focus)));
}
