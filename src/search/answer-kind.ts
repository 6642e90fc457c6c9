import type { Answer } from "./types.js";
import { askedFor, countedByNumbers, holdsAsked, isDate, type AskedFor } from "./asked.js";
import { sentencesOf } from "./sentences.js";
import { tokenize } from "./tokenize.js";
import type { Language } from "./language.js";
import { countsFocus } from "./focus.js";

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

/** Whether the excerpt answers, and for related coverage the question's words it holds, as typed ("Baku"). */
export type AnswerKind = Pick<Answer, "match" | "subject">;

interface SentenceWords {
  text: string;
  terms: Set<string>;
  /** Terms written with a capital where they do not open the sentence. */
  names: Set<string>;
}

function readSentences(excerpt: string, fold: (word: string) => string): SentenceWords[] {
  return sentencesOf([excerpt]).map((text) => {
    const terms = new Set<string>();
    const names = new Set<string>();
    tokenize(text, fold).forEach(({ term, start }, i) => {
      terms.add(term);
      if (i > 0 && /^\p{Lu}/u.test(text[start]!)) names.add(term);
    });
    return { text, terms, names };
  });
}

/**
 * A headline announces a story: it answers when it holds most of what is asked about and, unless the question
 * asks when (a headline carries its date), the kind of thing asked for, or its name ("… Roadster: price, performance"):
 * "how old is Aliyev" is not answered by a headline that names him and gives no age.
 */
function headlineAnswers(
  sentences: readonly SentenceWords[],
  words: readonly QuestionWord[],
  asked: AskedFor,
  anyIn: (word: QuestionWord, s: SentenceWords) => boolean,
  isQuestionWord: (surface: string) => boolean,
): boolean {
  const asking = words.filter((word) => !word.marker);
  const weight = (list: QuestionWord[]) => list.reduce((sum, word) => sum + word.importance, 0);
  const about = weight(asking.filter((word) => sentences.some((s) => anyIn(word, s)))) > weight(asking) / 2;
  return about && (asked.asked === "date" || sentences.some((s) => holdsAsked(s.text, asked, isQuestionWord) || askedFor(s.text).asked === asked.asked));
}

/**
 * A question whose names no page holds, nor a typo of them ("NBA scores last night"), asks about what the site
 * never wrote of: whatever else a passage shares, it cannot say what is asked, nor is it on the question's
 * subject. One known name is enough, as the pages may spell out an acronym the reader uses. Two capitals are as
 * often a title ("PM", "MP"), and a month's short name ("Dec") is a date.
 */
function namesNoPageHolds(words: readonly QuestionWord[]): boolean {
  const names = words.filter((word) => word.capitalised && !/^\p{Lu}{1,2}$/u.test(word.surface) && !isDate(word.surface));
  return names.length > 0 && names.every((word) => !word.known);
}

/**
 * Whether an excerpt answers the question or is only coverage of its subject. It answers when the
 * reader's own words reach it (not only their synonyms) and, when the question asks for an amount, a
 * date, a person, a place or a cause, a sentence on the question's words that are not names holds one
 * (a passage naming Baku is not about Baku's population).
 */
export function answerKindOf(
  excerpt: string,
  kind: "section" | "headline",
  words: readonly QuestionWord[],
  asked: AskedFor,
  fold: (word: string) => string,
  nouns: Pick<Language, "kindOf" | "partsOfSpeech">,
): AnswerKind {
  const sentences = readSentences(excerpt, fold);
  const typedIn = (word: QuestionWord, s: SentenceWords) => [...word.typed].some((t) => s.terms.has(t));
  const anyIn = (word: QuestionWord, s: SentenceWords) => typedIn(word, s) || [...word.related].some((t) => s.terms.has(t));
  const isName = (word: QuestionWord) => word.capitalised || sentences.some((s) => [...word.typed].some((t) => s.names.has(t)));
  const held = words.filter((word) => sentences.some((s) => typedIn(word, s)));
  // The subject is what the passage is about: the names it shares with the question, else any word it shares.
  const about = held.some(isName) ? held.filter(isName) : held;
  const related: AnswerKind = { match: "related", subject: about.length > 0 ? about.map((w) => w.surface).join(" ") : null };
  if (held.length === 0) return related;
  if (namesNoPageHolds(words)) return { match: "related", subject: null };
  // The thing asked about must be spoken of where the answer stands, in the reader's word or one of its synonyms:
  // a passage on Nakhchivan that names no capital does not give Nakhchivan's capital, whatever else it holds.
  // A count may count it by another noun ("19 individuals" for spies): asked once a sentence, as it reads WordNet.
  // A measure counts its units ("12.7 kilometres"), never the thing measured.
  const focus = words.find((word) => word.focus && !isName(word));
  const askedCount = asked.asked === "amount" && asked.measure === null;
  const counting = new Map<SentenceWords, boolean>();
  const countsFocusIn = (near: SentenceWords) => {
    if (!askedCount || focus === undefined) return false;
    let counts = counting.get(near);
    if (counts === undefined) counting.set(near, (counts = countsFocus(near.text, focus.surface, nouns)));
    return counts;
  };
  const speaksOfFocus = (stretch: readonly SentenceWords[]) => focus === undefined || stretch.some((near) => anyIn(focus, near) || countsFocusIn(near));
  const stretchAt = (i: number) => [sentences[i - 1], sentences[i], sentences[i + 1]].filter((near): near is SentenceWords => near !== undefined);
  if (asked.asked === null) {
    const answers =
      kind === "headline" ? speaksOfFocus(sentences) : sentences.some((s, i) => words.some((word) => anyIn(word, s)) && speaksOfFocus(stretchAt(i)));
    return answers ? { match: "answer", subject: null } : related;
  }
  const questionTerms = new Set(words.flatMap((word) => [...word.typed]));
  const isQuestionWord = (surface: string) => tokenize(surface, fold).some(({ term }) => questionTerms.has(term));
  if (kind === "headline") {
    const answers = headlineAnswers(sentences, words, asked, anyIn, isQuestionWord) && speaksOfFocus(sentences);
    return answers ? { match: "answer", subject: null } : related;
  }
  // What the answer must stand beside: the question's words that are not names and that the pages use. When the
  // pages use none of them ("when was Aliyev *born*", "how *tall* is Aliyev"), the question asks the names for
  // something no page speaks of, and those words count all the same, so that a date or a number beside the name
  // is not taken for the answer. A paraphrase's own word beside known ones ("going *downhill*") does not sink it.
  const unnamed = words.filter((word) => !word.marker && !isName(word));
  const topical = unnamed.some((word) => word.known) ? unnamed.filter((word) => word.known) : unnamed;
  const weight = (list: readonly QuestionWord[]) => list.reduce((sum, word) => sum + word.importance, 0);

  // The asked-for thing must stand where the question's words do: in a sentence, or beside one, of a stretch
  // of three that holds at least half the weight of its words that are not names (Baku's population, not Baku).
  // A word the amount counts is what is asked, not what it is asked of: "19 people" answers "how many people were
  // detained", not "how many people live in Azerbaijan", whose "live" must stand there too.
  const answers = sentences.some((s, i) => {
    if (!words.some((word) => anyIn(word, s))) return false;
    const stretch = stretchAt(i);
    if (!stretch.some((near) => holdsAsked(near.text, asked, isQuestionWord)) || !speaksOfFocus(stretch)) return false;
    const counted = new Set(asked.asked === "amount" ? stretch.flatMap((near) => tokenize(countedByNumbers(near.text), fold).map(({ term }) => term)) : []);
    // The thing asked about may be counted by another noun ("38,000 residents" for people): it is what is asked, too.
    const focusCounted = stretch.some(countsFocusIn);
    const rest = topical.filter((word) => !(focusCounted && word === focus) && ![...word.typed].some((term) => counted.has(term)));
    const found = rest.filter((word) => stretch.some((near) => anyIn(word, near)));
    return rest.length === 0 || weight(found) >= weight(rest) / 2;
  });
  return answers ? { match: "answer", subject: null } : related;
}
