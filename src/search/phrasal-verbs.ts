import type { Language } from "./language.js";
import { STOPWORDS } from "./stopwords.js";
import { lemmasIn } from "./thesaurus.js";

/** What a phrasal verb of the question means in other words, for each of its two words ("let", "go": release, relinquish). */
export type PhrasalSynonyms = ReadonlyMap<string, readonly string[]>;

const WORD = /[\p{L}][\p{L}'’-]*/gu;

/**
 * Readers write phrasal verbs where pages write one word: "how many gazelles were *let go*" for "released", "how
 * small a thing can it *make out*" for "discern", "if fighting *breaks out*" for "erupts". WordNet lists them as
 * verbs of two words ("let_go", "make_out"), so a pair of the question's words that it lists so stands for the
 * verb's synonyms; both words get them, since the second ("go") alone would speak of something else. The first word
 * is read in any of its forms ("handed over", "went wrong").
 */
export function createPhrasalVerbs(language: Pick<Language, "partsOfSpeech" | "synonyms" | "irregularForms">) {
  // The word itself too: "go wrong" has a verb of two letters, which WordNet's detachments leave out.
  const lemmasOf = (word: string) => [...new Set([word, ...lemmasIn("verb", word), ...language.irregularForms(word)])];
  return function phrasalSynonyms(question: string): PhrasalSynonyms {
    const words = (question.match(WORD) ?? []).map((word) => word.toLowerCase().replace(/’/g, "'"));
    const found = new Map<string, string[]>();
    for (let i = 0; i + 1 < words.length; i++) {
      const [verb, particle] = [words[i]!, words[i + 1]!];
      const phrase = lemmasOf(verb).map((lemma) => `${lemma}_${particle}`).find((lemma) => language.partsOfSpeech(lemma).has("verb"));
      if (!phrase) continue;
      const own = new Set([verb, particle, ...phrase.split("_")]);
      const synonyms = language.synonyms(phrase).synonyms.filter((word) => !STOPWORDS.has(word) && !own.has(word));
      if (synonyms.length === 0) continue;
      for (const word of [verb, particle]) found.set(word, [...(found.get(word) ?? []), ...synonyms]);
      // The particle is taken: "let go on" is "let go", then "on".
      i++;
    }
    return found;
  };
}
