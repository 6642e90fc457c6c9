import type { Logger } from "../log/logger.js";
import type { IngestPort, SourceItem } from "../sources/types.js";
import type { Store, StoredItem } from "../store/types.js";
import { DELIVERY_DEFAULTS } from "./defaults.js";
import { planPushes, type MatchFollow } from "./fan-out.js";

/** The IngestPort, telling its new items as stored (with the ids that pushes' Explain buttons carry). */
export interface Ingest extends IngestPort {
  ingest(source: string, items: readonly SourceItem[]): StoredItem[];
}

/**
 * The sources' way in: new items are recorded and their pushes queued in one transaction, so that a crash
 * never leaves an item seen but not queued (it would then never be pushed).
 */
export function createIngest(deps: {
  store: Store;
  matchFollow: MatchFollow;
  now: () => number;
  logger: Logger;
  /** PUSH_BURST_MAX: items pushed to one chat from one ingest. */
  maxPushesPerChat?: number;
  /** Called after a commit that queued messages: the sender's wake(). */
  onQueued?: () => void;
}): Ingest {
  const { store, logger } = deps;
  // A matcher that throws on one follow must not abort the whole poll (the items would never be recorded).
  const matchFollow: MatchFollow = (query, text) => {
    try {
      return deps.matchFollow(query, text);
    } catch (error) {
      logger.warn({ query, err: String(error) }, "follow matcher failed");
      return false;
    }
  };

  return {
    ingest(source: string, items: readonly SourceItem[]): StoredItem[] {
      const { fresh, queued } = store.transaction(() => {
        const fresh = store.items.record(source, items);
        if (fresh.length === 0) return { fresh, queued: 0 };
        const drafts = planPushes({
          items: fresh,
          subscribers: store.subscribers.listActive(),
          follows: store.follows.listActive(),
          matchFollow,
          now: deps.now(),
          maxPerChat: deps.maxPushesPerChat ?? DELIVERY_DEFAULTS.pushBurstMax,
        });
        return { fresh, queued: store.outbox.enqueue(drafts) };
      });
      if (fresh.length > 0) logger.info({ source, items: fresh.length, queued }, "new items queued");
      if (queued > 0) deps.onQueued?.();
      return fresh;
    },
    getSourceState: (source) => store.sources.getState(source),
    saveSourceState: (source, state) => store.sources.saveState(source, state),
  };
}
