import type { Answer } from "./types.js";
import { askedFor, countedByNumbers, holdsAsked, isDate, yearsFitTense, type AskedFor } from "./asked.js";
import { tokenize } from "./tokenize.js";
import { anyIn, questionWordTest, readSentences, typedIn, weightOf, type QuestionWord, type SentenceWords } from "./question-words.js";
import { lacksNames, missesYear, putsAnotherKind } from "./other-subject.js";
import type { Language } from "./language.js";
import { countsFocus } from "./focus.js";
import { pricedThings, pricesThing } from "./priced-thing.js";

/** What stands around an excerpt (nothing for a headline). */
export interface PassageContext {
  /** Its section's heading and its article's title. */
  around: string;
  /** The question's words its section's heading names for each of its sentences (see namedByHeadingAlone). */
  namedByHeading: ReadonlySet<QuestionWord>;
  /** Its article's title alone: what the whole article is about. */
  title: string;
  /** Whether a term stands in most of its article: the article's subject, which each of its passages speaks of. */
  articleHolds: (term: string) => boolean;
  /** The year its page appeared, which says whether a year it names is past or still to come. */
  publishedYear: number | null;
  /** Whether its section's heading opens with the question's own question word ("Why the Kura is shrinking"). */
  announced: boolean;
}

/** Whether the excerpt answers, and for related coverage the question's words it holds, as typed ("Baku"). */
export type AnswerKind = Pick<Answer, "match" | "subject">;

/**
 * A headline announces a story: it answers when it holds most of what is asked about and, unless the question
 * asks when (a headline carries its date), the kind of thing asked for, or its name ("… Roadster: price, performance"):
 * "how old is Aliyev" is not answered by a headline that names him and gives no age.
 */
function headlineAnswers(
  sentences: readonly SentenceWords[],
  words: readonly QuestionWord[],
  asked: AskedFor,
  isQuestionWord: (surface: string) => boolean,
): boolean {
  const asking = words.filter((word) => !word.marker);
  const about = weightOf(asking.filter((word) => sentences.some((s) => anyIn(word, s)))) > weightOf(asking) / 2;
  return about && (asked.asked === "date" || sentences.some((s) => holdsAsked(s.text, asked, isQuestionWord) || askedFor(s.text).asked === asked.asked));
}

/** Two capitals are as often a title as a name ("PM", "MPs"), and a month's short name ("Dec") is a date. */
const isTitleOrDate = (surface: string) => /^\p{Lu}{1,2}s?$/u.test(surface) || isDate(surface);

/**
 * A question whose names no page holds, nor a typo of them ("NBA scores last night"), asks about what the site
 * never wrote of: whatever else a passage shares, it cannot say what is asked, nor is it on the question's
 * subject. One known name is enough, as the pages may spell out an acronym the reader uses.
 */
function namesNoPageHolds(words: readonly QuestionWord[]): boolean {
  const names = words.filter((word) => word.capitalised && !isTitleOrDate(word.surface));
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
  nouns: Pick<Language, "kindOf" | "partsOfSpeech" | "siblingOf">,
  context: PassageContext,
): AnswerKind {
  const sentences = readSentences(excerpt, fold);
  const isName = (word: QuestionWord) => word.capitalised || sentences.some((s) => [...word.typed].some((t) => s.names.has(t)));
  const held = words.filter((word) => sentences.some((s) => typedIn(word, s)));
  // The subject is what the passage is about: the names it shares with the question, else any word it shares.
  const about = held.some(isName) ? held.filter(isName) : held;
  const related: AnswerKind = { match: "related", subject: about.length > 0 ? about.map((w) => w.surface).join(" ") : null };
  if (held.length === 0) return related;
  if (namesNoPageHolds(words)) return { match: "related", subject: null };
  // Where the passage stands: its heading and its article's title say what each of its sentences is about.
  const around = readSentences(context.around, fold);
  // A passage on other names, or on another of the kind the question asks of, speaks of something else (other-subject.ts).
  const names = words.filter((word) => word.known && !word.marker && isName(word) && !isTitleOrDate(word.surface));
  if (lacksNames(names, [...sentences, ...around], context.articleHolds)) return related;
  if (missesYear(words, [...sentences, ...around], context.publishedYear)) return related;
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
  const speaksOfFocus = (stretch: readonly SentenceWords[]) =>
    focus === undefined || context.namedByHeading.has(focus) || stretch.some((near) => anyIn(focus, near) || countsFocusIn(near));
  const stretchAt = (i: number) => [sentences[i - 1], sentences[i], sentences[i + 1]].filter((near): near is SentenceWords => near !== undefined);
  // What the answer must stand beside: the question's words that are not names and that the pages use. When the
  // pages use none of them ("when was Aliyev *born*", "how *tall* is Aliyev"), the question asks the names for
  // something no page speaks of, and those words count all the same, so that a date or a number beside the name
  // is not taken for the answer. A paraphrase's own word beside known ones ("going *downhill*") does not sink it.
  const unnamed = words.filter((word) => !word.marker && !isName(word));
  const topical = unnamed.some((word) => word.known) ? unnamed.filter((word) => word.known) : unnamed;
  if (putsAnotherKind(words, topical, { sentences, around }, nouns.siblingOf)) return related;
  if (asked.asked === null) {
    const answers =
      kind === "headline"
        ? speaksOfFocus(sentences)
        : sentences.some((s, i) => words.some((word) => anyIn(word, s)) && speaksOfFocus(stretchAt(i)));
    return answers ? { match: "answer", subject: null } : related;
  }
  const isQuestionWord = questionWordTest(words, fold);
  if (kind === "headline") {
    const answers = headlineAnswers(sentences, words, asked, isQuestionWord) && speaksOfFocus(sentences);
    return answers ? { match: "answer", subject: null } : related;
  }
  // The asked-for thing must stand where the question's words do: in a sentence, or beside one, of a stretch
  // of three that holds at least half the weight of its words that are not names (Baku's population, not Baku).
  // The heading and the article's title count as said there: "some economists called the decision premature",
  // under a title on the rate cut, says who called the rate cut premature.
  // A word the amount counts is what is asked, not what it is asked of: "19 people" answers "how many people were
  // detained", not "how many people live in Azerbaijan", whose "live" must stand there too.
  // What the heading names for the whole section is priced by any of its sums, as what the title names is.
  const priced = asked.measure?.includes("money")
    ? pricedThings(words, readSentences(context.title, fold)).filter((word) => !context.namedByHeading.has(word))
    : undefined;
  // Who did it: the question's first word that is not a name says what was done ("who *runs* the company", "who *led*
  // the team"); a name beside the question's other words but not beside that says who did something else.
  const first = words.find((word) => !word.marker);
  const relation = asked.asked === "person" && first && first.known && !isName(first) ? first : undefined;
  const answers = sentences.some((s, i) => {
    if (!words.some((word) => anyIn(word, s))) return false;
    const stretch = stretchAt(i);
    // Under a heading that asks the question's why, every sentence gives a cause, cue word or none.
    const gives = (near: SentenceWords) =>
      ((asked.asked === "cause" && context.announced) || holdsAsked(near.text, asked, isQuestionWord)) && yearsFitTense(near.text, asked.tense, context.publishedYear) && (!priced || pricesThing(near, priced, asked.perUnit));
    if (!stretch.some(gives) || !speaksOfFocus(stretch)) return false;
    if (relation && !stretch.some((near) => anyIn(relation, near)) && !around.some((near) => typedIn(relation, near))) return false;
    const counted = new Set(asked.asked === "amount" ? stretch.flatMap((near) => tokenize(countedByNumbers(near.text), fold).map(({ term }) => term)) : []);
    // The thing asked about may be counted by another noun ("38,000 residents" for people): it is what is asked, too.
    const focusCounted = stretch.some(countsFocusIn);
    const rest = topical.filter((word) => !(focusCounted && word === focus) && ![...word.typed].some((term) => counted.has(term)));
    const found = rest.filter((word) => stretch.some((near) => anyIn(word, near)) || around.some((near) => typedIn(word, near)));
    return rest.length === 0 || weightOf(found) >= weightOf(rest) / 2;
  });
  return answers ? { match: "answer", subject: null } : related;
}
