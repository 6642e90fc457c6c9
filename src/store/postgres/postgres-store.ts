import type pg from "pg";
import type { Logger } from "../../log/logger.js";
import type { Store, StoreParts } from "../types.js";
import { createPostgresChatLanguages } from "./chat-languages.js";
import { createPostgresDeliveryReport } from "./delivery-report.js";
import { createPostgresFeedStories } from "./feed-stories.js";
import { createPostgresFollows } from "./follows.js";
import { createPostgresItems } from "./items.js";
import { applyPostgresMigrations, POSTGRES_MIGRATIONS } from "./migrations.js";
import { createPostgresOutbox } from "./outbox.js";
import { checkConnection, createPool } from "./pool.js";
import { createPostgresQuestions } from "./questions.js";
import { inTransaction, poolSession, type PgSession } from "./session.js";
import { createPostgresSources } from "./sources.js";
import { createPostgresStats } from "./stats.js";
import { createPostgresSubscribers } from "./subscribers.js";
import { createPostgresTelegramHolds } from "./telegram-holds.js";

export interface PostgresStoreOptions {
  /** DATABASE_URL: postgres://user:password@host:port/database. */
  url: string;
  /** New subscribers' zone until they choose one. */
  siteTimezone: string;
  logger: Logger;
  now: () => number;
  /** Connections at most in the pool (pg's default: 10). */
  poolSize?: number;
}

/** The store's parts over one session: the pool's for the store itself, a transaction's client for `tx`. */
function partsOn(session: PgSession, options: Pick<PostgresStoreOptions, "now" | "siteTimezone">): StoreParts {
  const { now } = options;
  const subscribersOn = (on: PgSession) => createPostgresSubscribers(on, { now, siteTimezone: options.siteTimezone });
  const sources = createPostgresSources(session);
  return {
    subscribers: subscribersOn(session),
    follows: createPostgresFollows(session, { now, subscribersOn }),
    items: createPostgresItems(session, { now }),
    sources,
    outbox: createPostgresOutbox(session, { now }),
    telegramHolds: createPostgresTelegramHolds(session),
    feedStories: createPostgresFeedStories(session),
    questions: createPostgresQuestions(session),
    chatLanguages: createPostgresChatLanguages(session, { now }),
    stats: createPostgresStats(session, sources.list),
    deliveryReport: createPostgresDeliveryReport(session),
  };
}

/** Connects (a bad or unreachable DATABASE_URL fails here, naming it), migrates, and returns the migrated pool. */
export async function openPostgresPool(options: Omit<PostgresStoreOptions, "siteTimezone">): Promise<pg.Pool> {
  const pool = createPool({ url: options.url, logger: options.logger, poolSize: options.poolSize });
  try {
    await checkConnection(pool, options.url);
    await applyPostgresMigrations(pool, POSTGRES_MIGRATIONS, options);
    return pool;
  } catch (error) {
    await pool.end();
    throw error;
  }
}

/**
 * The PostgreSQL store: any number of instances on one database. Pending migrations run first, under an
 * advisory lock, so that instances started together migrate once.
 */
export async function createPostgresStore(options: PostgresStoreOptions): Promise<Store> {
  const pool = await openPostgresPool(options);
  let closed = false;
  return {
    backend: "postgres",
    ...partsOn(poolSession(pool), options),
    transaction: (fn) => inTransaction(pool, (session) => fn(partsOn(session, options))),
    close: async () => {
      if (closed) return;
      closed = true;
      await pool.end();
    },
  };
}
