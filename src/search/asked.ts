import { holdsMeasure, measureKindsOf, NUMBER_WORDS, SPAN_UNIT_NEXT, SUM_NOUNS, SUM_VERBS, unitKindOf, type MeasureKind } from "./measures.js";
import { questionWordTest, type QuestionWord } from "./question-words.js";

/** What a question asks for; null when it asks for nothing in particular ("tell me about the corridor"). */
export type Asked = "amount" | "date" | "person" | "place" | "cause" | null;

/** What a question asks for, and the words that only say so ("how *long*", "what *year*"), which name no topic. */
export interface AskedFor {
  asked: Asked;
  /** For an amount with a unit (a length, an age, a price, a population), not a bare count: the kinds that answer. */
  measure: readonly MeasureKind[] | null;
  markers: ReadonlySet<string>;
  /** For a date, whether the question asks of what has happened ("when *was* it opened") or is to come ("when *will*"). */
  tense: Tense;
  /** The question word it asks with ("why"), which a heading that announces the answer opens with too ("Why the Kura is shrinking"). */
  opening: string | null;
  /** It asks of one thing ("how much does *one* river gauge cost", "each", "a single"): a total for many does not answer. */
  perUnit: boolean;
}

export type Tense = "past" | "future" | null;

/** A question that asks for nothing in particular. */
export const NOTHING_ASKED: AskedFor = { asked: null, measure: null, markers: new Set(), tense: null, opening: null, perUnit: false };

const PER_UNIT = /\b(?:one|each|a single|apiece)\b/;

/** The words after "how" that ask for a measure: "how *long*", "how *often*". */
export const MEASURE_WORDS: ReadonlySet<string> = new Set([
  ...["much", "long", "old", "far", "big", "large", "tall", "high", "deep", "wide", "heavy", "often", "frequently"],
  ...["loud", "hot", "cold", "warm", "fast", "quickly"],
]);

/** Question phrasings by the type of their answer; the first that fits wins (so "how long ago" is a date). */
const PHRASINGS: ReadonlyArray<{ asked: Exclude<Asked, null>; measure: boolean; pattern: RegExp }> = [
  { asked: "date", measure: false, pattern: /\bhow long ago\b|\bsince when\b|\b(?:what|which) (year|date|day|month|time)\b|\bwhen\b/ },
  { asked: "amount", measure: false, pattern: /\bhow (many)\b(?: (?<counted>\w+))?|\b(?:the )?(number) of\b/ },
  {
    asked: "amount",
    measure: true,
    pattern: new RegExp(
      `\\bhow (${[...MEASURE_WORDS].join("|")})\\b|\\b(?:population|${SUM_NOUNS}|age|length|distance|size|area|temperatures?)\\b|` +
        // "What do students *pay* for the studio": a sum; "what did the grant pay for?" asks for a thing.
        `\\bwhat\\b.*\\b(?:${SUM_VERBS})\\b(?!.*\\b(?:for|on)\\W*$)`,
    ),
  },
  { asked: "person", measure: false, pattern: /\b(?:who|whom|whose)\b/ },
  { asked: "place", measure: false, pattern: /\bwhere\b|\b(?:what|which) (country|city|place|region|town)\b/ },
  { asked: "cause", measure: false, pattern: /\bwhy\b|\bhow come\b|\bfor what (reason)\b|\bwhat (caused|causes|led)\b/ },
];

/** The words that open a question, or a clause within one. */
const QUESTION_WORDS = /\b(?:what|which|who|whom|whose|when|where|why|how)\b/;
/** Those that also open a clause ("what went wrong *when* …"), and that a heading announcing the answer may open with. */
const CLAUSE_WORDS = new Set(["when", "where", "why", "how", "who", "whom", "whose"]);

export function askedFor(question: string): AskedFor {
  const text = question.toLowerCase().replace(/[’‘]/g, "'");
  const first = QUESTION_WORDS.exec(text);
  const opening = first && CLAUSE_WORDS.has(first[0]) ? first[0] : null;
  for (const { asked, measure, pattern } of PHRASINGS) {
    const match = pattern.exec(text);
    if (!match) continue;
    // A question word after the question's first one opens a clause, not the question: "what went wrong *when* they
    // were digging" asks for no date.
    if (first && match.index > first.index && CLAUSE_WORDS.has(match[0].split(" ")[0]!)) continue;
    // "How many *days*": a count in a unit asks for a measure of the unit's kind.
    const counted = match.groups?.counted;
    const unit = counted ? unitKindOf(counted) : null;
    const kinds = unit ? [unit] : measure ? measureKindsOf(text) : null;
    // A unit of the kind asked, or the noun of that kind ("how many *days*", "how much prize *money*"), only says
    // what kind of measure is wanted, as "long" does in "how long".
    const ofKindAsked = (word: string) => {
      const kind = unitKindOf(word);
      return kind !== null && kinds !== null && kinds.includes(kind);
    };
    const units = (text.match(/\p{L}+/gu) ?? []).filter(ofKindAsked);
    const markers = new Set([...match.slice(1).filter((word): word is string => Boolean(word) && word !== counted), ...units]);
    return { asked, measure: kinds, markers, tense: asked === "date" ? tenseOf(text) : null, opening, perUnit: PER_UNIT.test(text) };
  }
  return NOTHING_ASKED;
}

/** "When was", "when did", "when had": the past; "when will", "when is … going to": what is to come. */
function tenseOf(question: string): Tense {
  if (/\b(?:was|were|did|had)\b/.test(question)) return "past";
  if (/\b(?:will|shall|going to)\b/.test(question)) return "future";
  return null;
}

const YEAR = /\b(?:1[89]|20)\d\d\b/g;

/**
 * Whether the years a sentence names can date what the question asks, by its tense and the year the article
 * appeared: berths "due to open at the end of 2027" in a page of 2026 do not say when the port was first opened.
 * A sentence naming no year, or a tense the question does not show, fits.
 */
export function yearsFitTense(sentence: string, tense: Tense, publishedYear: number | null): boolean {
  const years = [...sentence.matchAll(YEAR)].map(([year]) => Number(year));
  if (tense === null || publishedYear === null || years.length === 0) return true;
  return years.some((year) => (tense === "past" ? year <= publishedYear : year >= publishedYear));
}

/**
 * A question about the reader's own doing or belongings ("how to fix my car engine", "which drill should I buy",
 * "how do I get a visa"), one that asks the bot for its pick ("can you recommend a film", "best pontoon boat for a
 * small lake"), or one that asks it to make something ("write me a short poem about autumn", "compose a song"):
 * advice or a work, which news pages report on but do not give. Such a question gets no answer rather
 * than an excerpt that happens to share a word ("corridor" in "how to decorate a corridor in my flat"). "Can I" alone
 * is not advice: "where can I read about the corridor?" asks for the pages.
 */
const ADVICE =
  /\bhow to\b|\bhow (?:do|can|should) i\b|\b(?:should|shall) i\b|\bmy\b|\b(?:can|could|would) you (?:recommend|suggest)\b|^\s*best\b|^\s*(?:please )?(?:(?:can|could|would) you )?(?:write|compose|draw|paint|sing|invent|make up) (?:me |us )?(?:a|an|some)\b/;

export function asksAdvice(question: string): boolean {
  return ADVICE.test(question.toLowerCase().replace(/[’‘]/g, "'"));
}

/** Words of a sum to work out, beside its numbers and units. */
const ARITHMETIC = /^(?:percent|per|cent|plus|minus|times|divided|multiplied|squared|half|third|quarter|twice)$/i;

/**
 * A question whose every word is a number or a unit ("what's 15 percent of 80", "how much is 2 plus 2") names no
 * subject: it asks for a sum to be worked out, which no passage holds, whatever figures it shares.
 */
export function namesNoSubject(words: readonly Pick<QuestionWord, "surface" | "marker">[]): boolean {
  const asking = words.filter((word) => !word.marker);
  return asking.length > 0 && asking.every(({ surface }) => /^\d[\d,.]*$/.test(surface) || ARITHMETIC.test(surface) || unitKindOf(surface.toLowerCase()) !== null);
}

const MONTHS = "january|february|april|june|july|august|september|october|november|december|jan|feb|apr|jun|jul|aug|sept?|oct|nov|dec";
const DAYS = "monday|tuesday|wednesday|thursday|friday|saturday|sunday";
/**
 * A time an answer to "when" names: a month, a day, a year, an hour, "yesterday", "two years ago". Not the vague
 * "recently", "for decades" or "in recent months", which say that something happened, not when.
 */
const DATE = new RegExp(
  `\\b(?:${MONTHS})\\b\\.?|\\b(?:${DAYS})\\b|\\b(?:1[89]|20)\\d\\d\\b|\\b\\d{1,2}:\\d\\d\\b|` +
    "\\b(?:yesterday|today|tomorrow|tonight|ago)\\b",
  "i",
);
/** Month names that are also words ("Iran may", "protesters march"): a month only with its capital. */
const WORD_MONTHS = /\b(?:May|March|Mar)\b/;
/** Whether a text names a time: a month, a day, a year, an hour. */
export const isDate = (text: string) => DATE.test(text) || WORD_MONTHS.test(text);
/** A number that is not a year: "19 people", "$6,000", "two drills". */
const NUMBER = new RegExp(`(?<![\\d,.])(?!(?:1[89]|20)\\d\\d\\b)\\d[\\d,.]*|\\b(?:${NUMBER_WORDS})\\b`, "gi");
/**
 * Cue words of a cause or a purpose: "because", "amid", "conducted to demonstrate", "emphasized that", "which is why".
 * Not "as", "after" or "over", which mostly say when or how much ("after a heavy storm", "over the past ten years").
 */
const CAUSE =
  /\b(?:is|was|that's) why\b|\b\w+ed to \w+|\b(?:said|says|emphasi[sz]ed|stated|claimed|argued|explained|insisted) that\b|\b(?:because|due|since|so|therefore|thus|hence|reasons?|caus(?:e|es|ed|ing)|result(?:s|ed)?|le[da]d?s?|fears?|feared|aims?|aimed|order|purpose|response|amid|blames?|blamed|accus\w*|alleg\w*|concerns?|threat\w*|seen|sees|views?|viewed|given|seeks?|sought|wants?|hopes?)\b/i;
/** Words that name a person by their role: "experts of the Topchubashov Center", "the foreign minister". */
const ROLES =
  /\b(?:president|minister|adviser|advisor|experts?|spokes(?:man|woman|person)|officials?|leaders?|chief|head|authors?|analysts?|journalists?|ambassador|general|commander|mps?|lawmakers?|members?|king|queen|prime|ayatollah|mr|mrs|ms|dr)\b/gi;
const PLACES = /\b(?:border|region|city|capital|country|countries|province|near|river|sea|lake|mountains?|island|port|village|town)\b/gi;

/**
 * Capitalised words that do not open their sentence, outside the question's own words: the names an
 * answer to who or where gives. The question's words are passed folded, so a name it names is not counted.
 */
function hasNewName(sentence: string, isQuestionWord: (word: string) => boolean): boolean {
  for (const match of sentence.matchAll(/(?<=[\s(“"‘'-])\p{Lu}[\p{L}’'-]+/gu)) {
    if (!isQuestionWord(match[0]) && !isDate(match[0])) return true;
  }
  return false;
}

const MONTH_NEXT = new RegExp(`^\\s(?:${MONTHS}|march|may)\\b`, "i");
const MONTH_BEFORE = new RegExp(`\\b(?:${MONTHS}|march|may)\\s$`, "i");

/**
 * Whether a sentence counts something: a number that is not a year, a day of a month ("December 31") or a span
 * ("a two-year mission", "for 40 days"), which say when or how long, not how many.
 */
function holdsCount(sentence: string): boolean {
  return [...sentence.matchAll(NUMBER)].some((m) => {
    const after = sentence.slice(m.index + m[0].length);
    return !SPAN_UNIT_NEXT.test(after) && !MONTH_NEXT.test(after) && !MONTH_BEFORE.test(sentence.slice(0, m.index));
  });
}

/** The few words after each number of a sentence: what its amounts count ("19 people", "two large-scale drills"). */
export function countedByNumbers(sentence: string): string {
  return [...sentence.matchAll(NUMBER)].map((m) => sentence.slice(m.index + m[0].length).match(/^(?:[\s-]+[\p{L}’'-]+){1,3}/u)?.[0] ?? "").join(" ");
}

/** Whether a sentence holds the kind of thing the question asks for. */
export function holdsAsked(sentence: string, { asked, measure }: AskedFor, isQuestionWord: (word: string) => boolean): boolean {
  const outside = (pattern: RegExp) => [...sentence.matchAll(pattern)].some((m) => !isQuestionWord(m[0]));
  switch (asked) {
    case null:
      return true;
    case "amount":
      return measure ? holdsMeasure(sentence, measure) : holdsCount(sentence);
    case "date":
      return isDate(sentence);
    case "person":
      return hasNewName(sentence, isQuestionWord) || outside(ROLES);
    case "place":
      return hasNewName(sentence, isQuestionWord) || outside(PLACES);
    case "cause":
      return CAUSE.test(sentence);
  }
}

/**
 * Whether a sentence gives what the question asks for, beside the thing it asks about when it names one: "the
 * flight took 58 minutes" for "how long is the flight", not "the journey by road takes six hours". `focusSaid`: the
 * section's heading names the thing for each of its sentences (see namedByHeadingAlone). Undefined for a
 * question that asks for nothing in particular.
 */
export type GivesTest = (sentence: { text: string; terms: readonly string[] }, focusSaid?: boolean) => boolean;

export function givesAskedTest(words: readonly QuestionWord[], asked: AskedFor, fold: (word: string) => string): GivesTest | undefined {
  if (asked.asked === null) return undefined;
  const isQuestionWord = questionWordTest(words, fold);
  const focus = words.find((word) => word.focus);
  const focusTerms = focus ? new Set([...focus.typed, ...focus.related]) : undefined;
  return ({ text, terms }, focusSaid = false) =>
    (!focusTerms || focusSaid || terms.some((term) => focusTerms.has(term))) && holdsAsked(text, asked, isQuestionWord);
}

/**
 * The question's words that a section's heading names and none of its sentences does: the heading names them for
 * all of its sentences ("250 manats per hectare" under "Compensation and insurance" is the compensation). A section
 * that names a word itself says which of its sentences are on it: under "Three flights a week", "a fourth weekly
 * flight" is, and "the journey by road takes six hours" is not.
 */
export function namedByHeadingAlone(
  words: readonly QuestionWord[],
  heading: ReadonlySet<string>,
  sentences: ReadonlyArray<{ terms: Iterable<string> }>,
): Set<QuestionWord> {
  const names = (word: QuestionWord, terms: Iterable<string>) => [...terms].some((term) => word.typed.has(term) || word.related.has(term));
  return new Set(words.filter((word) => names(word, heading) && !sentences.some((s) => names(word, s.terms))));
}

/** Whether a section's heading opens with the question's own question word: it announces the answer ("Why medicine comes first"). */
export const headingAnnounces = (heading: string | null, asked: AskedFor) =>
  heading !== null && asked.opening !== null && heading.toLowerCase().startsWith(`${asked.opening} `);

/**
 * Whether a section's heading leads to the answer: it announces it, or it names every word the question asks about
 * ("Lessons from the Gazakh–Tavush section" for "how long was the Gazakh–Tavush section"), as a headline's title does
 * when the reader asks for it by name. `termsOf` gives a text's index terms in the page's language.
 */
export function headingLeads(
  heading: string | null,
  words: readonly QuestionWord[],
  asked: AskedFor,
  termsOf: (text: string) => ReadonlySet<string>,
): boolean {
  if (heading === null) return false;
  if (headingAnnounces(heading, asked)) return true;
  const terms = termsOf(heading);
  const asking = words.filter((word) => !word.marker);
  return asking.length > 0 && asking.every((word) => [...word.typed].some((term) => terms.has(term)));
}
