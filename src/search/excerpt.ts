import type { SearchSettings } from "./defaults.js";
import { sentencesOf } from "./sentences.js";
import { splitWords, termsOfPiece, tokenize } from "./tokenize.js";

/** A sentence of a section with its index terms, worked out once per section and reused across questions. */
export interface AnalyzedSentence {
  text: string;
  terms: readonly string[];
}

export interface Excerpt {
  text: string;
  /** The weight of the question's words that the excerpt holds: how well one place answers it all. */
  weight: number;
  /** The weight of the question's words in the sentence that gives what is asked, the most of any (0: none gives it). */
  givingWeight: number;
}

/** For each vocabulary term that matched: which query word it answers, and how much that word weighs. */
export type MatchedTerms = ReadonlyMap<string, { query: number; weight: number }>;

export function analyzeSection(paragraphs: readonly string[], fold: (word: string) => string): AnalyzedSentence[] {
  return sentencesOf(paragraphs).map((text) => ({
    text,
    terms: splitWords(text).flatMap((piece) => (piece ? termsOfPiece(piece, fold) : [])),
  }));
}

function matchesOf(terms: readonly string[], matched: MatchedTerms): Map<number, number> {
  const found = new Map<number, number>();
  for (const term of terms) {
    const hit = matched.get(term);
    if (hit) found.set(hit.query, Math.max(found.get(hit.query) ?? 0, hit.weight));
  }
  return found;
}

const sum = (values: Iterable<number>) => [...values].reduce((a, b) => a + b, 0);

/**
 * Where the question's words stand in a text, for bold in the answer: neighbouring words, with only
 * spaces or hyphens between them ("Zangezur corridor", "Russia-Iran"), are one span.
 */
export function highlightsOf(text: string, matched: MatchedTerms, fold: (word: string) => string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  for (const { start, end } of tokenize(text, fold).filter(({ term }) => matched.has(term))) {
    const last = spans[spans.length - 1];
    if (last && /^[\s\u00a0-]*$/.test(text.slice(last[1], start))) last[1] = end;
    else spans.push([start, end]);
  }
  return spans;
}

/** Cuts an over-long sentence to a window of whole words around its first match. */
function cutToLength(text: string, firstMatch: number, max: number): string {
  let start = Math.max(0, Math.min(firstMatch - Math.floor(max / 3), text.length - max));
  if (start > 0) start = text.indexOf(" ", start) + 1;
  let end = Math.min(text.length, start + max - 2);
  if (end < text.length) end = text.lastIndexOf(" ", end);
  return (start > 0 ? "…" : "") + text.slice(start, end).trim() + (end < text.length ? "…" : "");
}

/** The weight of the question's words in a sentence and its two neighbours, each word counted once. */
function weightAround(hits: ReadonlyArray<ReadonlyMap<number, number>>, i: number): number {
  const found = new Map<number, number>();
  for (const near of hits.slice(Math.max(0, i - 1), i + 2)) for (const [query, weight] of near) found.set(query, Math.max(found.get(query) ?? 0, weight));
  return sum(found.values());
}

/**
 * The sentences of a section that answer the question: the sentence holding most of the question's
 * weight (the shorter when two hold as much, and more when it `gives` what is asked), with the neighbours
 * that speak to the question too, in at most `excerptMaxLength` characters, cut only between sentences.
 */
export function excerptOf(
  sentences: readonly AnalyzedSentence[],
  matched: MatchedTerms,
  fold: (word: string) => string,
  settings: SearchSettings,
  gives: (sentence: AnalyzedSentence) => boolean = () => false,
): Excerpt {
  const hits = sentences.map((s) => matchesOf(s.terms, matched));
  let givingWeight = 0;
  const values = sentences.map((sentence, i) => {
    const giving = hits[i]!.size > 0 && gives(sentence);
    if (giving) givingWeight = Math.max(givingWeight, weightAround(hits, i));
    const bonus = giving ? settings.excerptAskedBonus : 1;
    return (sum(hits[i]!.values()) * bonus) / (1 + sentence.text.length / 1000);
  });
  let best = 0;
  for (let i = 1; i < sentences.length; i++) if (values[i]! > values[best]!) best = i;

  // The window grows from the best sentence by neighbours that hold any of the question's words (or
  // any neighbour while it is too short to read alone): an answer's reason often follows its claim.
  let first = best;
  let last = best;
  const covered = new Set(hits[best]!.keys());
  const length = (from: number, to: number) => sentences.slice(from, to + 1).reduce((n, x) => n + x.text.length + 1, -1);
  const gain = (i: number) => sum([...hits[i]!].filter(([query]) => !covered.has(query)).map(([, weight]) => weight));
  while (last - first + 1 < settings.excerptMaxSentences) {
    const [next] = [last + 1, first - 1]
      .filter((i) => i >= 0 && i < sentences.length)
      .filter((i) => length(Math.min(first, i), Math.max(last, i)) <= settings.excerptMaxLength)
      .filter((i) => hits[i]!.size > 0 || length(first, last) < settings.excerptMinLength)
      .sort((a, b) => gain(b) - gain(a) || sum(hits[b]!.values()) - sum(hits[a]!.values()) || b - a);
    if (next === undefined) break;
    for (const query of hits[next]!.keys()) covered.add(query);
    first = Math.min(first, next);
    last = Math.max(last, next);
  }
  let text = sentences
    .slice(first, last + 1)
    .map((s) => s.text)
    .join(" ");
  if (text.length > settings.excerptMaxLength) {
    const firstMatch = highlightsOf(text, matched, fold)[0]?.[0] ?? 0;
    text = cutToLength(text, firstMatch, settings.excerptMaxLength);
  }
  const inWindow = new Map<number, number>();
  for (const found of hits.slice(first, last + 1))
    for (const [query, weight] of found) inWindow.set(query, Math.max(inWindow.get(query) ?? 0, weight));
  return { text, weight: sum(inWindow.values()), givingWeight };
}
