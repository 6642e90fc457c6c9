import type { Logger } from "../log/logger.js";
import { runWithPauses, type BuildSteps } from "../search/build-steps.js";
import type { SourceItem } from "../core/items.js";
import type { IngestPort } from "../sources/types.js";
import type { Store, StoredItem } from "../store/types.js";
import { DELIVERY_DEFAULTS } from "./defaults.js";
import { followText, planPushes, type CanExplain, type MatchFollow } from "./fan-out.js";
import type { DeliveryTextsOf } from "./texts.js";
import { matchPairwise, type MatchFollowBatch } from "./match-follows.js";

/** The IngestPort, telling its new items as stored (with the ids that pushes' Explain buttons carry). */
export interface Ingest extends IngestPort {
  ingest(source: string, items: readonly SourceItem[]): Promise<StoredItem[]>;
}

/**
 * The sources' way in. Follows are matched first, against the items not seen yet, in steps between
 * which the bot goes on answering (a 10,000-entry page meets every follow); then the items are
 * recorded and their pushes queued in one short transaction, so that a crash never leaves an item seen
 * but not queued (it would then never be pushed). An item that became known meanwhile is simply not
 * new in that transaction; one new to it, or a follow added meanwhile, is matched there, one by one.
 */
export function createIngest(deps: {
  store: Store;
  /** One follow against one item's text: the rule itself. */
  matchFollow: MatchFollow;
  /** The same rule over a batch, in steps; checks every pair with `matchFollow` when not given. */
  matchFollowBatch?: MatchFollowBatch;
  canExplain: CanExplain;
  /** Each chat's texts, in the language kept for it. */
  textsOf: DeliveryTextsOf;
  now: () => number;
  logger: Logger;
  /** PUSH_BURST_MAX: items pushed to one chat from one ingest. */
  maxPushesPerChat?: number;
  /** Called after a commit that queued messages: the sender's wake(). */
  onQueued?: () => void;
}): Ingest {
  const { store, logger } = deps;
  // A matcher that throws on one follow must not abort the whole poll (the items would never be recorded).
  const guarded = <T>(fallback: T, run: () => T, context: Record<string, unknown>): T => {
    try {
      return run();
    } catch (error) {
      logger.warn({ ...context, err: String(error) }, "follow matcher failed");
      return fallback;
    }
  };
  const matchOne: MatchFollow = (query, text) => guarded(false, () => deps.matchFollow(query, text), { query });
  const matchBatch = deps.matchFollowBatch ?? ((texts, queries) => matchPairwise(texts, queries, matchOne));

  async function matchAhead(source: string, items: readonly SourceItem[]): Promise<MatchFollow> {
    const queries = [...new Set((await store.follows.listActive()).map((follow) => follow.query))];
    const texts = queries.length > 0 ? [...new Set((await store.items.unseen(source, items)).map(followText))] : [];
    if (texts.length === 0) return matchOne;
    const steps: BuildSteps<Map<string, Set<string>>> = matchBatch(texts, queries);
    const found = await runWithPauses(steps).catch((error: unknown) => {
      logger.warn({ source, err: String(error) }, "follow matcher failed");
      return null;
    });
    if (!found) return matchOne;
    const checkedTexts = new Set(texts);
    const checkedQueries = new Set(queries);
    return (query, text) =>
      checkedTexts.has(text) && checkedQueries.has(query) ? (found.get(text)?.has(query) ?? false) : matchOne(query, text);
  }

  // Nor may a search that throws: the push then goes without Explain.
  const canExplain: CanExplain = (item) => {
    try {
      return deps.canExplain(item);
    } catch (error) {
      logger.warn({ item: item.id, err: String(error) }, "explanation lookup failed");
      return false;
    }
  };

  return {
    async ingest(source: string, items: readonly SourceItem[]): Promise<StoredItem[]> {
      const matchFollow = await matchAhead(source, items);
      // One transaction: an item recorded is an item fanned out, and of two instances recording it, one does both.
      const { fresh, queued } = await store.transaction(async (tx) => {
        const fresh = await tx.items.record(source, items);
        if (fresh.length === 0) return { fresh, queued: 0 };
        const drafts = planPushes({
          items: fresh,
          subscribers: await tx.subscribers.listActive(),
          follows: await tx.follows.listActive(),
          matchFollow,
          canExplain,
          now: deps.now(),
          maxPerChat: deps.maxPushesPerChat ?? DELIVERY_DEFAULTS.pushBurstMax,
          textsOf: deps.textsOf,
        });
        return { fresh, queued: await tx.outbox.enqueue(drafts) };
      });
      if (fresh.length > 0) logger.info({ source, items: fresh.length, queued }, "new items queued");
      if (queued > 0) deps.onQueued?.();
      return fresh;
    },
    getSourceState: (source) => store.sources.getState(source),
    saveSourceState: (source, state) => store.sources.saveState(source, state),
  };
}
