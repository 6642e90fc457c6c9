import type { SearchSettings } from "./defaults.js";
import { sentencesOf } from "./sentences.js";
import { tokenize } from "./tokenize.js";

export interface Excerpt {
  text: string;
  highlights: Array<[number, number]>;
}

/** For each vocabulary term that matched: which query word it answers, and how much that word weighs. */
export type MatchedTerms = ReadonlyMap<string, { query: number; weight: number }>;

function matchesOf(text: string, matched: MatchedTerms, fold: (word: string) => string): Map<number, number> {
  const found = new Map<number, number>();
  for (const { term } of tokenize(text, fold)) {
    const hit = matched.get(term);
    if (hit) found.set(hit.query, Math.max(found.get(hit.query) ?? 0, hit.weight));
  }
  return found;
}

const sum = (values: Iterable<number>) => [...values].reduce((a, b) => a + b, 0);

/** Where the question's words stand in a text, for bold in the answer. */
export function highlightsOf(text: string, matched: MatchedTerms, fold: (word: string) => string): Array<[number, number]> {
  return tokenize(text, fold)
    .filter(({ term }) => matched.has(term))
    .map(({ start, end }): [number, number] => [start, end]);
}

/** Cuts an over-long sentence to a window of whole words around its first match. */
function cutToLength(text: string, firstMatch: number, max: number): string {
  if (text.length <= max) return text;
  let start = Math.max(0, Math.min(firstMatch - Math.floor(max / 3), text.length - max));
  if (start > 0) start = text.indexOf(" ", start) + 1;
  let end = Math.min(text.length, start + max - 2);
  if (end < text.length) end = text.lastIndexOf(" ", end);
  return (start > 0 ? "…" : "") + text.slice(start, end).trim() + (end < text.length ? "…" : "");
}

/**
 * The sentence or two of a section that answer the question: the sentence holding most of the
 * question's weight (shorter first when two hold as much), with a neighbour when that neighbour
 * holds words the first lacks, or when the first is too short to read on its own.
 */
export function excerptOf(
  paragraphs: readonly string[],
  matched: MatchedTerms,
  fold: (word: string) => string,
  settings: SearchSettings,
): Excerpt {
  const sentences = sentencesOf(paragraphs);
  const hits = sentences.map((s) => matchesOf(s.text, matched, fold));
  const value = (i: number) => sum(hits[i]!.values()) / (1 + sentences[i]!.text.length / 1000);
  let best = 0;
  for (let i = 1; i < sentences.length; i++) if (value(i) > value(best)) best = i;

  let first = best;
  let last = best;
  const length = () => sentences.slice(first, last + 1).reduce((n, s) => n + s.text.length + 1, -1);
  const gain = (i: number) => {
    const have = hits[best]!;
    return sum([...hits[i]!].filter(([query]) => !have.has(query)).map(([, weight]) => weight));
  };
  const candidates = [best + 1, best - 1].filter((i) => i >= 0 && i < sentences.length);
  const [next] = candidates.sort((a, b) => gain(b) - gain(a) || b - a);
  if (next !== undefined && (gain(next) > 0 || length() < settings.excerptMinLength)) {
    const withNext = sentences[next]!.text.length + 1 + length();
    if (withNext <= settings.excerptMaxLength) {
      first = Math.min(first, next);
      last = Math.max(last, next);
    }
  }
  let text = sentences
    .slice(first, last + 1)
    .map((s) => s.text)
    .join(" ");
  if (text.length > settings.excerptMaxLength) {
    const firstMatch = highlightsOf(text, matched, fold)[0]?.[0] ?? 0;
    text = cutToLength(text, firstMatch, settings.excerptMaxLength);
  }
  return { text, highlights: highlightsOf(text, matched, fold) };
}
