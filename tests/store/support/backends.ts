import { afterEach } from "vitest";
import { silentLogger } from "../../../src/log/logger.js";
import { createPostgresStore } from "../../../src/store/postgres/postgres-store.js";
import { createSqliteStore } from "../../../src/store/sqlite-store.js";
import type { Store } from "../../../src/store/types.js";
import { newPostgresDatabase } from "../../support/postgres.js";
import { SITE_ZONE } from "../fixtures/open-store.js";

/** A fresh, empty store on the given clock. */
export type OpenStore = (now: () => number) => Promise<Store>;

const opened: Store[] = [];

// Vitest evaluates this module once per test file: each test's stores are closed when it ends, pass or fail.
afterEach(async () => {
  await Promise.all(opened.splice(0).map((store) => store.close()));
});

function kept(store: Store): Store {
  opened.push(store);
  return store;
}

/** SQLite in memory. */
export const openSqlite: OpenStore = async (now) => kept(createSqliteStore({ path: ":memory:", siteTimezone: SITE_ZONE, logger: silentLogger, now }));

/** PostgreSQL: a new database on the run's server (tests/support/postgres.ts), migrated. */
export const openPostgres: OpenStore = async (now) =>
  kept(await createPostgresStore({ url: newPostgresDatabase(), siteTimezone: SITE_ZONE, logger: silentLogger, now, poolSize: 4 }));

/** Another store on a PostgreSQL database already made (a second instance). */
export const openPostgresAt = async (url: string, now: () => number, poolSize = 4): Promise<Store> =>
  kept(await createPostgresStore({ url, siteTimezone: SITE_ZONE, logger: silentLogger, now, poolSize }));

/** One contract, two implementations: `describe.each(BACKENDS)("… on %s", (_name, open) => …)`. */
export const BACKENDS: ReadonlyArray<readonly [Store["backend"], OpenStore]> = [
  ["sqlite", openSqlite],
  ["postgres", openPostgres],
];
