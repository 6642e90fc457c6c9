import { describe, expect, it } from "vitest";
import type { ChooseRows, OutboxDraft, Store } from "../../../src/store/types.js";
import { newPostgresDatabase } from "../../support/postgres.js";
import { openPostgresAt } from "../support/backends.js";

const push = (chatId: number, subject: string): OutboxDraft => ({
  chatId,
  threadId: null,
  purpose: "push",
  subject,
  itemId: null,
  text: `<b>${subject}</b>`,
  buttons: [],
  entry: `<b>${subject}</b>`,
  notBefore: 0,
});

const everyRow: ChooseRows = (lead, others) => [lead.id, ...others.map((row) => row.id)];

/** A sender: claims and marks sent until nothing is due, and says which rows it claimed. */
async function drain(store: Store, now: number): Promise<number[]> {
  const claimed: number[] = [];
  for (let rows = await store.outbox.claim(now, [], 10, everyRow); rows; rows = await store.outbox.claim(now, [], 10, everyRow)) {
    claimed.push(...rows.map((row) => row.id));
    await store.outbox.markSent(rows.map((row) => row.id), now);
  }
  return claimed;
}

describe("outbox claims on PostgreSQL with several senders", () => {
  it("skips the rows another sender's open claim holds, rather than waiting for them or taking them too", async () => {
    const url = newPostgresDatabase();
    const [first, second] = [await openPostgresAt(url, () => 1000), await openPostgresAt(url, () => 1000)];
    await first.outbox.enqueue([push(1001, "1"), push(1001, "2"), push(1002, "1")]);
    const held = await first.transaction(async (tx) => {
      const mine = await tx.outbox.claim(1000, [], 10, everyRow);
      // The first claim is not committed yet: its rows are locked, and the second sender must pass them by.
      const theirs = await second.outbox.claim(1000, [], 10, everyRow);
      return { mine, theirs };
    });
    expect(held.mine?.map((row) => `${row.chatId}:${row.subject}`)).toEqual(["1001:1", "1001:2"]);
    expect(held.theirs?.map((row) => `${row.chatId}:${row.subject}`)).toEqual(["1002:1"]);
    expect(await second.outbox.claim(1000, [], 10, everyRow)).toBeNull();
  });

  it("moves a chat's rows back behind a sent one without waiting for the rows another sender's open claim holds", async () => {
    const url = newPostgresDatabase();
    const [first, second] = [await openPostgresAt(url, () => 1000), await openPostgresAt(url, () => 1000)];
    await first.outbox.enqueue([push(3001, "1"), push(3001, "2")]);
    const [sent] = (await second.outbox.claim(1000, [], 10, (lead) => [lead.id]))!;
    const outcome = await first.transaction(async (tx) => {
      // This claim of the chat's other row stays open while the second sender marks its row sent.
      await tx.outbox.claim(1000, [], 10, everyRow);
      const marked = second.outbox.markSent([sent!.id], 1000).then(() => "marked");
      return Promise.race([marked, new Promise((resolve) => setTimeout(() => resolve("waiting"), 1500))]);
    });
    // Waiting there is how two senders, each holding a row of one chat, came to wait for each other.
    expect(outcome).toBe("marked");
  });

  it("never hands one row to two senders claiming at once on separate connections", async () => {
    const url = newPostgresDatabase();
    const stores = [await openPostgresAt(url, () => 1000, 4), await openPostgresAt(url, () => 1000, 4)];
    const drafts = Array.from({ length: 60 }, (_, chat) => ["a", "b", "c"].map((subject) => push(2000 + chat, subject))).flat();
    expect(await stores[0]!.outbox.enqueue(drafts)).toBe(180);
    const senders = stores.flatMap((store) => [drain(store, 1000), drain(store, 1000), drain(store, 1000)]);
    const claimed = (await Promise.all(senders)).flat();
    expect(claimed).toHaveLength(180);
    expect(new Set(claimed).size).toBe(180);
    expect(await stores[1]!.outbox.list({ status: "sent" })).toHaveLength(180);
  });
});
