import type { Corpus } from "../../corpus/types.js";
import type { Logger } from "../../log/logger.js";
import type { SearchEngine } from "../../search/types.js";
import type { StatsReport } from "../../delivery/compose-stats.js";
import type { StoredItem } from "../../store/types.js";
import type { SubscriptionService } from "../../subscriptions/subscription-service.js";

/** What the subscription features need; getters, as the store opens at start and the corpus reloads. */
export interface SubscriptionDeps {
  /** The subscription rules: the features parse and reply, and call these for what to change. */
  subscriptions: SubscriptionService;
  /** A recorded item by its id (the Explain button carries it), or null when it is gone. */
  itemById(id: number): Promise<StoredItem | null>;
  /** What /stats shows at `now`. */
  stats(now: number): Promise<StatsReport>;
  getCorpus(): Corpus;
  getSearch(): SearchEngine;
  /** ADMIN_IDS: the users /stats answers. */
  adminIds: readonly number[];
  now: () => number;
  logger: Logger;
}
