/**
 * What a question that asks for a measure wants, by its cue word, and whether a sentence gives one of that
 * kind: "how old" is answered by an age, not by "seven months in a row"; "how much does it cost" by a sum, not
 * by a tonnage. A cue that names no kind ("how much cargo", "how big") takes a measure of any kind.
 */
export type MeasureKind = "length" | "span" | "money" | "age" | "weight" | "people" | "frequency" | "loudness" | "temperature" | "any";

export const NUMBER_WORDS =
  "two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundreds?|thousands?|millions?|billions?|dozens?|half|third|quarter";

const LENGTH = "km|kilomet(?:re|er)s?|miles?|met(?:re|er)s?|feet|foot|ft|cm|centimet(?:re|er)s?";
const SPAN = "seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|centuries|century";
const MONEY = "dollars?|euros?|pounds?|manats?|rubles?|roubles?|rials?|liras?|cents?|kopecks?|kopeks?|qapiks?|gapiks?|azn|usd|eur";
const WEIGHT = "tons?|tonnes?|kilograms?|kg|grams?";
const PEOPLE = "people|inhabitants|residents|citizens";
const LOUDNESS = "decibels?|db|dba";
const TEMPERATURE = "degrees?|celsius|fahrenheit";
const SCALE = "million|billion|thousand|hundred";
const OTHER = "percent|per cent|hectares?|square|cubic|litres?|liters?|bcm|barrels?|watts?|kilowatts?|megawatts?|gigawatts?|kw|kwh|mw|gw|km/h|mph|teu";

/** A figure or a number word ("four and a half"), then one of `units`, also as one word ("a 58-minute flight"). */
const amountIn = (units: string) => `(?:\\d[\\d,.]*[\\s-]?|\\b(?:${NUMBER_WORDS})(?:[\\s-]and a half)?[\\s-])(?:${units})\\b`;
const scaled = (units: string) => `(?:(?:${SCALE})\\s)?(?:${units})`;

const PATTERNS: Record<Exclude<MeasureKind, "any">, string> = {
  length: amountIn(LENGTH),
  // "an hour", "half a day": a duration given without a figure; not a rate ("two flights a week", "twice a day").
  span: `${amountIn(SPAN)}|(?<!(?:\\d|\\b(?:${NUMBER_WORDS}))\\s(?:[a-z-]+\\s){1,2}|\\b(?:once|twice)\\s)\\b(?:an?|one|half an?|half a)\\s(?:${SPAN})\\b`,
  // "3.2 US cents": the currency's country may stand between the figure and its unit.
  money: `[$€£₼]\\s?\\d|${amountIn(scaled(`(?:US |U\\.S\\. )?(?:${MONEY})`))}`,
  age: `\\d+[\\s-]years?[\\s-]old\\b|\\baged \\d|\\bage of \\d|\\bborn (?:in|on)\\b`,
  weight: amountIn(scaled(WEIGHT)),
  people: `${amountIn(scaled(PEOPLE))}|${amountIn(SCALE)}`,
  loudness: amountIn(LOUDNESS),
  // "42°C" takes no space and no word boundary after the figure.
  temperature: `${amountIn(TEMPERATURE)}|-?\\d[\\d.,]*\\s?°`,
  // "twice a year", "three times a week", "two flights a week", "every two weeks", "daily": how often, not how many.
  frequency:
    `\\bonce (?:an?|per|every)\\b|\\btwice\\b|\\b(?:\\d+|${NUMBER_WORDS}) times\\b|\\b(?:\\d+|${NUMBER_WORDS})(?: [a-z-]+){1,2} (?:a|per) (?:${SPAN})\\b|\\bevery (?:other |\\d+ |(?:${NUMBER_WORDS}) )?(?:${SPAN})\\b|` +
    "\\b(?:hourly|daily|weekly|fortnightly|monthly|quarterly|yearly|annually)\\b",
};
const MEASURES: Record<MeasureKind, RegExp> = {
  length: new RegExp(PATTERNS.length, "i"),
  span: new RegExp(PATTERNS.span, "i"),
  money: new RegExp(PATTERNS.money, "i"),
  age: new RegExp(PATTERNS.age, "i"),
  weight: new RegExp(PATTERNS.weight, "i"),
  people: new RegExp(PATTERNS.people, "i"),
  frequency: new RegExp(PATTERNS.frequency, "i"),
  loudness: new RegExp(PATTERNS.loudness, "i"),
  temperature: new RegExp(PATTERNS.temperature, "i"),
  // Any quantity, not a frequency ("how much cargo" is not answered by "weekly"); "%" takes no word boundary after it.
  any: new RegExp(
    [PATTERNS.length, PATTERNS.span, PATTERNS.money, PATTERNS.age, PATTERNS.weight, PATTERNS.people, PATTERNS.loudness, PATTERNS.temperature, amountIn(`${OTHER}|${SCALE}`), "\\d\\s?%"].join("|"),
    "i",
  ),
};

/** Nouns that name a sum: a question asks for one by naming them alone ("tuition fees", "what salary"). */
export const SUM_NOUNS = "price|prices|cost|costs|fare|fares|fees?|salary|salaries|wages?";

/** Verbs whose object is a sum: "what do students *pay*". */
export const SUM_VERBS = "pay|pays|paid|charge|charges|charged|earn|earns|earned|cost|costs";

/** Words that ask for a sum: they name the measure, not the thing it is of. */
export const SUM_CUE = new RegExp(`\\b(?:${SUM_NOUNS}|${SUM_VERBS}|money|spend|spends|spent|worth)\\b`);

/**
 * Each cue word's kinds; the first cue of this list in the question decides. The question's own "how …" comes
 * first ("how long do teenagers *spend* on phones": a span), then a sum's words ("how much does it *cost*": money),
 * then the nouns that name a measure.
 */
const CUES: ReadonlyArray<{ cue: RegExp; kinds: readonly MeasureKind[] }> = [
  { cue: /\bhow old\b/, kinds: ["age"] },
  { cue: /\bhow long\b/, kinds: ["length", "span"] },
  { cue: /\bhow (?:far|tall|deep|wide)\b/, kinds: ["length"] },
  { cue: /\bhow heavy\b/, kinds: ["weight"] },
  { cue: /\bhow loud\b/, kinds: ["loudness"] },
  { cue: /\bhow (?:hot|cold|warm)\b/, kinds: ["temperature"] },
  { cue: /\bhow (?:often|frequently)\b/, kinds: ["frequency"] },
  // A rate, by any measure: a speed, a share a year ("how fast are prices rising": 4.8 percent), a time taken.
  { cue: /\bhow (?:fast|quickly)\b/, kinds: ["any"] },
  { cue: SUM_CUE, kinds: ["money"] },
  { cue: /\bage\b/, kinds: ["age"] },
  { cue: /\bpopulation\b/, kinds: ["people"] },
  { cue: /\b(?:length|distance)\b/, kinds: ["length"] },
  { cue: /\btemperatures?\b/, kinds: ["temperature"] },
];

/** A span's unit right after a number ("two-year", "40 days"): a time the number measures, not things it counts. */
export const SPAN_UNIT_NEXT = new RegExp(`^[\\s-]?(?:${SPAN})\\b`, "i");

/** Units that a count may be made in, by the kind of measure they give ("how many *days*" asks for a span), and "money". */
const UNITS: ReadonlyArray<{ unit: RegExp; kind: MeasureKind }> = [
  { unit: new RegExp(`^(?:${SPAN})$`), kind: "span" },
  { unit: new RegExp(`^(?:${LENGTH})$`), kind: "length" },
  { unit: new RegExp(`^(?:${MONEY}|money)$`), kind: "money" },
  { unit: new RegExp(`^(?:${WEIGHT})$`), kind: "weight" },
  { unit: new RegExp(`^(?:${LOUDNESS})$`), kind: "loudness" },
  { unit: new RegExp(`^(?:${TEMPERATURE})$`), kind: "temperature" },
];

/** The kind of measure a count of `word` gives ("days": a span), or null for a count of things ("drills"). */
export function unitKindOf(word: string): MeasureKind | null {
  return UNITS.find(({ unit }) => unit.test(word))?.kind ?? null;
}

/** The kinds of measure a question asks for (lowercased text), any kind when its cue names none. */
export function measureKindsOf(question: string): readonly MeasureKind[] {
  return CUES.find(({ cue }) => cue.test(question))?.kinds ?? ["any"];
}

const EVERY_MEASURE = Object.fromEntries(Object.entries(MEASURES).map(([kind, pattern]) => [kind, new RegExp(pattern.source, "gi")])) as Record<MeasureKind, RegExp>;

/** Where in a sentence each measure of `kind` stands. */
export function measureStarts(sentence: string, kind: MeasureKind): number[] {
  return [...sentence.matchAll(EVERY_MEASURE[kind])].map((m) => m.index);
}

/** Whether a sentence gives a measure of one of `kinds`. */
export function holdsMeasure(sentence: string, kinds: readonly MeasureKind[]): boolean {
  return kinds.some((kind) => MEASURES[kind].test(sentence));
}
