import type { Segment } from "./segment.js";

export interface MergePolicy {
  /** Segments of one size tier (a power of this many passages) merged together once there are this many. */
  mergeFactor: number;
  /** The main segment (the first) takes in all the others once they hold this share of its passages, or it this share masked. */
  mainMergeShare: number;
}

export const MERGE_DEFAULTS: MergePolicy = { mergeFactor: 4, mainMergeShare: 0.1 };

/**
 * Which consecutive segments to merge next, as [from, to), or null: tiered as Lucene's policy is, so that
 * a page landing costs a small merge now and then and the main segment, costly to rewrite, merges rarely.
 */
export function chooseMerge(segments: readonly Segment[], live: (segment: Segment) => number, policy: MergePolicy): [number, number] | null {
  if (segments.length < 2) return null;
  const main = segments[0]!;
  const mainSize = Math.max(1, main.end - main.first);
  const others = segments.slice(1).reduce((sum, segment) => sum + live(segment), 0);
  if (others >= mainSize * policy.mainMergeShare || mainSize - live(main) >= mainSize * policy.mainMergeShare) return [0, segments.length];
  const tier = (segment: Segment) => Math.floor(Math.log(Math.max(1, live(segment))) / Math.log(policy.mergeFactor));
  let runStart = 1;
  for (let i = 2; i <= segments.length; i++) {
    if (i < segments.length && tier(segments[i]!) === tier(segments[runStart]!)) continue;
    if (i - runStart >= policy.mergeFactor) return [runStart, i];
    runStart = i;
  }
  return null;
}
