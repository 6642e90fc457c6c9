import { createSliceBudget, type BuildSteps } from "../search/build-steps.js";
import type { MatchFollow } from "./fan-out.js";

/** For each text of a batch, the follows' queries that match it; a text no query matches is absent. */
export type MatchFollowBatch = (texts: readonly string[], queries: readonly string[]) => BuildSteps<Map<string, Set<string>>>;

/** Work between two pauses: well under the 50 ms a reader's question may wait. */
const SLICE_MS = 10;

/** Every (text, query) pair through the one-pair rule, pausing every few milliseconds: for a rule with no batch form. */
export function* matchPairwise(texts: readonly string[], queries: readonly string[], match: MatchFollow): BuildSteps<Map<string, Set<string>>> {
  const due = createSliceBudget(SLICE_MS);
  const found = new Map<string, Set<string>>();
  for (const text of texts) {
    const matched = new Set(queries.filter((query) => match(query, text)));
    if (matched.size > 0) found.set(text, matched);
    if (due()) yield;
  }
  return found;
}
