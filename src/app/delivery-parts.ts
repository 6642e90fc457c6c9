import type { Config } from "../config/load-config.js";
import { createDigestScheduler } from "../delivery/digest-scheduler.js";
import type { CanExplain } from "../delivery/fan-out.js";
import { createIngest, type Ingest } from "../delivery/ingest.js";
import { createSender } from "../delivery/sender.js";
import type { DeliveryTextsOf } from "../delivery/texts.js";
import type { SendPort } from "../delivery/types.js";
import type { Logger } from "../log/logger.js";
import { createBatchFollowMatcher } from "../search/batch-follow-matcher.js";
import { createFollowMatcher } from "../search/follow-matcher.js";
import type { Language } from "../search/language.js";
import type { Store } from "../store/types.js";
import type { ServiceTuning } from "./tuning.js";

export interface DeliveryPartsDeps {
  store: Store;
  config: Config;
  logger: Logger;
  now: () => number;
  language: Language;
  send: SendPort;
  /** Each chat's delivery texts, in the language kept for it. */
  textsOf: DeliveryTextsOf;
  /** Whether an article explains an item (the bot's search): a push offers Explain only then. */
  canExplain: CanExplain;
  tuning?: ServiceTuning;
}

/** Delivery over the store: the ingest that queues new items, the digests, and the sender that drains the outbox. */
export interface DeliveryParts {
  ingest: Ingest;
  start(): void;
  /** Stops the digests, then the sender once its sends in flight are answered. */
  stop(): Promise<void>;
}

export function createDeliveryParts(deps: DeliveryPartsDeps): DeliveryParts {
  const { store, config, now, tuning } = deps;
  const logger = (part: string) => deps.logger.child({ part });
  const sender = createSender({
    store,
    send: deps.send,
    textsOf: deps.textsOf,
    now,
    logger: logger("sender"),
    rate: config.deliveryRate,
    paidBroadcast: config.paidBroadcast,
    limits: tuning?.delivery,
    sleep: tuning?.sleep,
  });
  const matchFollow = createFollowMatcher(deps.language);
  const ingest = createIngest({
    store,
    matchFollow,
    matchFollowBatch: createBatchFollowMatcher(deps.language, matchFollow),
    canExplain: deps.canExplain,
    textsOf: deps.textsOf,
    maxPushesPerChat: config.pushBurstMax,
    now,
    logger: logger("ingest"),
    onQueued: () => sender.wake(),
  });
  const digests = createDigestScheduler({
    store,
    textsOf: deps.textsOf,
    now,
    logger: logger("digests"),
    onQueued: () => sender.wake(),
    maxItems: tuning?.delivery?.digestMaxItems,
    checkEveryMs: tuning?.delivery?.digestCheckMs,
  });
  return {
    ingest,
    start() {
      sender.start();
      digests.start();
    },
    async stop() {
      await Promise.all([digests.stop(), sender.stop()]);
    },
  };
}
