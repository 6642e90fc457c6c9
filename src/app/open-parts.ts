import type { Telegram } from "telegraf";
import type { TelegramHolds } from "../bot/telegram/holds.js";
import { createTelegramSendPort } from "../bot/telegram-send-port.js";
import { parseHtml } from "../corpus/parse-html.js";
import type { Corpus } from "../corpus/types.js";
import { createInstanceId, createPostgresLeadership, createSoleLeadership, type Leadership } from "../instances/leadership.js";
import { createSharedCorpus, type SharedCorpus } from "../instances/shared-corpus.js";
import { createRetention, type Retention } from "../questions/retention.js";
import { findExplanation } from "../search/explanation.js";
import type { Language } from "../search/language.js";
import type { SearchEngine } from "../search/types.js";
import { createPostgresStore } from "../store/postgres/postgres-store.js";
import { acquireInstanceLock } from "../store/instance-lock.js";
import { createSqliteStore } from "../store/sqlite-store.js";
import type { Store } from "../store/types.js";
import type { AppOptions } from "./create-app.js";
import { createDeliveryParts, type DeliveryParts } from "./delivery-parts.js";
import type { AppLanguages } from "./languages.js";
import { createSourceParts, type SourceParts } from "./source-parts.js";

/** What opens at start: the store, and the parts that run beside the bot over it. */
export interface Opened {
  store: Store;
  delivery: DeliveryParts;
  sources: SourceParts;
  /** Deletes kept questions past their retention. */
  retention: Retention;
  /** Whether this instance leads: with SQLite always (the process is alone on its DATA_DIR), on PostgreSQL by lock. */
  leadership: Leadership;
  /** On PostgreSQL: the pages every instance answers from. */
  shared: SharedCorpus | null;
}

export interface OpenWiring {
  token: string;
  telegram: Telegram;
  holds: TelegramHolds;
  language: Language;
  getSearch(): SearchEngine;
  languages: AppLanguages;
}

/** The store: PostgreSQL at DATABASE_URL, else the SQLite file in DATA_DIR. */
async function openStore(options: AppOptions): Promise<Store> {
  const { config, logger } = options;
  const common = { siteTimezone: config.siteTimezone, logger: logger.child({ part: "store" }), now: options.now ?? Date.now };
  if (!config.databaseUrl) return createSqliteStore({ dataDir: config.dataDir, ...common });
  // Each instance keeps its saved index in a DATA_DIR of its own: a second one on the folder is refused, as with SQLite.
  const lock = acquireInstanceLock(config.dataDir);
  try {
    const store = await createPostgresStore({ url: config.databaseUrl, ...common });
    return {
      ...store,
      close: async () => {
        await store.close();
        lock.release();
      },
    };
  } catch (error) {
    lock.release();
    throw error;
  }
}

/** Opens the store and creates, unstarted, delivery, the sources and the leadership over it. */
export async function openParts(options: AppOptions, wiring: OpenWiring, onCorpus: (corpus: Corpus) => Promise<void>): Promise<Opened> {
  const { config, logger, tuning } = options;
  const now = options.now ?? Date.now;
  const store = await openStore(options);
  const send = createTelegramSendPort(wiring.telegram, {
    secrets: [wiring.token],
    labelsOf: wiring.languages.labelsOf,
    holds: wiring.holds,
    paidBroadcast: config.paidBroadcast,
  });
  const delivery = createDeliveryParts({
    store,
    config,
    logger,
    now,
    language: wiring.language,
    send,
    textsOf: wiring.languages.deliveryTextsOf,
    canExplain: (item) => findExplanation(wiring.getSearch(), item) !== null,
    tuning,
  });
  const instances = logger.child({ part: "instances" });
  const shared = config.databaseUrl ? createSharedCorpus({ url: config.databaseUrl, logger: instances }) : null;
  // Fetched article pages are read as the corpus reads saved HTML pages.
  const sources = createSourceParts({
    store,
    config,
    logger,
    now,
    ingest: delivery.ingest,
    onCorpus,
    readPage: parseHtml,
    shared: shared ?? undefined,
    tuning,
  });
  const retention = createRetention({
    getStore: () => store.questions,
    days: config.questionRetentionDays,
    now,
    logger: logger.child({ part: "retention" }),
  });
  const instanceId = createInstanceId();
  const leadership = config.databaseUrl
    ? createPostgresLeadership({ url: config.databaseUrl, instanceId, logger: instances, ...tuning?.leadership })
    : createSoleLeadership(instanceId, instances);
  return { store, delivery, sources, retention, leadership, shared };
}
