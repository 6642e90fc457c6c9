import pg from "pg";
import { afterEach, describe, expect, it } from "vitest";
import type { StoredItem } from "../../../src/store/types.js";
import { newPostgresDatabase } from "../../support/postgres.js";
import { EARLIER_HEADLINES, headline, IRAQ, JAPAN } from "../fixtures/headlines.js";
import { openPostgresAt } from "../support/backends.js";

const clients: pg.Client[] = [];
afterEach(async () => {
  await Promise.all(clients.splice(0).map((client) => client.end()));
});

/** Resolves once some session of the database waits for a lock another holds: the race is then really on. */
async function someoneWaitsForALock(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  clients.push(client);
  await client.connect();
  for (let tries = 0; tries < 10_000; tries++) {
    const { rows } = await client.query<{ waiting: string }>(
      "SELECT count(*) AS waiting FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'",
    );
    if (Number(rows[0]!.waiting) > 0) return;
  }
  throw new Error("no session ever waited for a lock");
}

describe("items recorded by two instances at once on PostgreSQL", () => {
  it("a story one instance is recording is not fresh for the other, whose insert waits for it and then does nothing", async () => {
    const url = newPostgresDatabase();
    const [first, second] = [await openPostgresAt(url, () => 1000), await openPostgresAt(url, () => 1000)];
    await first.items.record("corpus", EARLIER_HEADLINES);
    let theirs: Promise<StoredItem[]> | null = null;
    const mine = await first.transaction(async (tx) => {
      const fresh = await tx.items.record("corpus", [JAPAN]);
      // The second instance has not seen the uncommitted row: its insert must wait for this transaction's end.
      theirs = second.items.record("corpus", [JAPAN]);
      await someoneWaitsForALock(url);
      return fresh;
    });
    expect(mine.map((item) => item.title)).toEqual([JAPAN.title]);
    expect(await theirs!).toEqual([]);
  });

  it("a poll recorded by both at once gives each story to exactly one of them", async () => {
    const url = newPostgresDatabase();
    const [first, second] = [await openPostgresAt(url, () => 1000), await openPostgresAt(url, () => 1000)];
    await first.items.record("corpus", EARLIER_HEADLINES);
    const poll = [JAPAN, IRAQ, ...Array.from({ length: 30 }, (_, n) => headline(`Baku hosts regional energy forum, day ${n + 1}`))];
    const [a, b] = await Promise.all([
      first.transaction((tx) => tx.items.record("corpus", poll)),
      second.transaction((tx) => tx.items.record("corpus", poll)),
    ]);
    const titles = [...a, ...b].map((item) => item.title).sort();
    expect(titles).toEqual(poll.map((item) => item.title).sort());
    expect(await first.items.listSeenBetween(0, 2000, 100)).toHaveLength(poll.length);
  });
});
