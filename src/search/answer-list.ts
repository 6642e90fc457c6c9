import type { Answer } from "./types.js";

/** An answer before the list is settled, with what the list's rules need to know of its passage. */
export interface Candidate {
  answer: Answer;
  /** The passage's text, normalized: a reprint or a re-scrape has the same. */
  textKey: string;
  /** A headline whose title holds every word of the question: the reader asked for it by name. */
  askedByName: boolean;
  /** The share of the question's weight the passage holds. */
  coverage: number;
  /** Which of the question's words the passage holds in the reader's own forms (not through a synonym), one bit each. */
  held: number;
}

const newer = (a: Answer, b: Answer) => (a.publishedAt ?? "") > (b.publishedAt ?? "");

/** Passages with the same text once, in the best one's place, from the newest article. */
function distinctByText(candidates: readonly Candidate[]): Candidate[] {
  const kept = new Map<string, { at: number; candidate: Candidate }>();
  const out: Candidate[] = [];
  for (const candidate of candidates) {
    const earlier = kept.get(candidate.textKey);
    if (!earlier) {
      kept.set(candidate.textKey, { at: out.length, candidate });
      out.push(candidate);
    } else if (newer(candidate.answer, earlier.candidate.answer)) {
      // The newest copy takes the place (and the score) of the best-ranked one.
      const answer = { ...candidate.answer, score: earlier.candidate.answer.score };
      earlier.candidate = { ...candidate, answer };
      out[earlier.at] = earlier.candidate;
    }
  }
  return out;
}

/**
 * A headline announces a story and a section explains it: when both answer the question as fully,
 * the section comes first, unless the reader typed the headline's own words.
 */
function sectionsFirst(candidates: Candidate[], share: number): Candidate[] {
  const [top] = candidates;
  if (!top || top.answer.kind !== "headline" || top.askedByName) return candidates;
  // As fully, and nearly as well: a section that only shares the words, scattered, explains nothing. It holds
  // every question word the headline does, or it tells another story in words of the question the headline lacks.
  const explains = (c: Candidate) => (c.held & top.held) === top.held;
  const section = candidates.find(
    (c) =>
      c.answer.kind === "section" && c.answer.match === "answer" && c.coverage >= top.coverage && c.answer.score >= top.answer.score * share && explains(c),
  );
  return section ? [section, ...candidates.filter((c) => c !== section)] : candidates;
}

/**
 * The answers a reader is shown, best first: distinct passages, a section before the headline it
 * explains, an answer before mere coverage when it scores near the best, and no more once the
 * answers fall far below the first (`share` of its score) or stop being of its kind.
 *
 * Coverage that holds at least `trustedCoverage` of the question is about what was asked, so its
 * lack of the asked thing says the pages do not give it: an answer below it that holds less of the
 * question ("34 million manats" for the clinic's costs, under "what salary do doctors get") gives
 * something else, and does not take its place.
 */
export function settleList(candidates: readonly Candidate[], share: number, trustedCoverage: number): Answer[] {
  const sorted = distinctByText([...candidates].sort((a, b) => b.answer.score - a.answer.score));
  const top = sorted[0];
  if (!top) return [];
  const near = (c: Candidate) => c.answer.score >= top.answer.score * share;
  const trusted = top.coverage >= trustedCoverage;
  const replaces = (c: Candidate) => near(c) && c.answer.match === "answer" && (!trusted || c.coverage >= top.coverage);
  const best = top.answer.match === "related" ? (sorted.find(replaces) ?? top) : top;
  const ordered = sectionsFirst([best, ...sorted.filter((c) => c !== best)], share);
  const first = ordered[0]!.answer;
  return ordered.filter((c, i) => i === 0 || (c.answer.match === first.match && c.answer.score >= first.score * share)).map((c) => c.answer);
}
