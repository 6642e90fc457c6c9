/** The question's content words and an excerpt's sentences, as the checks of what a passage answers read them. */
import { sentencesOf } from "./sentences.js";
import { tokenize, type Token } from "./tokenize.js";

/** A content word of the question as the reader typed it, with the index terms that stand for it. */
export interface QuestionWord {
  surface: string;
  /** Its own index term. */
  term: string;
  /** The word's own term and the ones the reader may have meant by it: typo, affix ("Iranian"). */
  typed: ReadonlySet<string>;
  /** Its synonyms and broader terms: they find passages, but never decide alone that one answers. */
  related: ReadonlySet<string>;
  /** Capitalised where it does not open the question: a name. */
  capitalised: boolean;
  /** It only says what kind of answer is wanted ("how *long*"). */
  marker: boolean;
  /** It names the thing the question asks about ("what is the *capital* of …"): an answer must speak of it (see focus.ts). */
  focus: boolean;
  /** How much finding it matters (rare words more). */
  importance: number;
  /** The corpus has it, or a typo or affix of it: a word no page uses cannot tell one passage from another. */
  known: boolean;
}

/** A sentence of an excerpt with its index terms. */
export interface SentenceWords {
  text: string;
  /** Its words in order, with where each stands. */
  tokens: readonly Token[];
  terms: Set<string>;
  /** Terms written with a capital where they do not open the sentence. */
  names: Set<string>;
}

export function readSentences(excerpt: string, fold: (word: string) => string): SentenceWords[] {
  return sentencesOf([excerpt]).map((text) => {
    const terms = new Set<string>();
    const names = new Set<string>();
    const tokens = tokenize(text, fold);
    tokens.forEach(({ term, start }, i) => {
      terms.add(term);
      if (i > 0 && /^\p{Lu}/u.test(text[start]!)) names.add(term);
    });
    return { text, tokens, terms, names };
  });
}

/** Whether a sentence holds the word as the reader typed it, or a typo or affix of it. */
export const typedIn = (word: QuestionWord, s: SentenceWords) => [...word.typed].some((t) => s.terms.has(t));
/** The same, or one of the word's synonyms and broader terms. */
export const anyIn = (word: QuestionWord, s: SentenceWords) => typedIn(word, s) || [...word.related].some((t) => s.terms.has(t));
export const weightOf = (list: readonly QuestionWord[]) => list.reduce((sum, word) => sum + word.importance, 0);

/** Whether a word of a text is one of the question's, as typed or a typo or affix of it ("Velayati" in "Velayati's"). */
export function questionWordTest(words: readonly QuestionWord[], fold: (word: string) => string): (surface: string) => boolean {
  const terms = new Set(words.flatMap((word) => [...word.typed]));
  return (surface) => tokenize(surface, fold).some(({ term }) => terms.has(term));
}
