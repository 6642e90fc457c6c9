import type { Corpus } from "../../corpus/types.js";
import type { Logger } from "../../log/logger.js";
import type { SearchEngine } from "../../search/types.js";
import type { Store } from "../../store/types.js";

/** What the subscription features need; getters, as the store opens at start and the corpus reloads. */
export interface SubscriptionDeps {
  getStore(): Store;
  getCorpus(): Corpus;
  getSearch(): SearchEngine;
  /** New readers' zone until they choose one. */
  siteTimezone: string;
  /** ADMIN_IDS: the users /stats answers. */
  adminIds: readonly number[];
  now: () => number;
  logger: Logger;
}
