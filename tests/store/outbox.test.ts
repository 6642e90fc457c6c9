import { describe, expect, it } from "vitest";
import type { ChooseRows, OutboxDraft, Store } from "../../src/store/types.js";
import { EARLIER_HEADLINES, IRAQ, JAPAN } from "./fixtures/headlines.js";
import { BACKENDS } from "./support/backends.js";

function draft(chatId: number, subject: string, notBefore = 0): OutboxDraft {
  const text = `<b>${subject}</b>`;
  return { chatId, threadId: null, purpose: "push", subject, itemId: null, text, buttons: [], notBefore };
}

/** A push that can share a message with its chat's other waiting pushes. */
const mergeableDraft = (chatId: number, subject: string, notBefore = 0): OutboxDraft => ({ ...draft(chatId, subject, notBefore), entry: `<b>${subject}</b>` });

const leadOnly: ChooseRows = (lead) => [lead.id];
const everyRow: ChooseRows = (lead, others) => [lead.id, ...others.map((row) => row.id)];

/** Claims one row at a time, as a sender that sends each alone. */
const claimOne = (store: Store, now: number, exclude: number[] = []) => store.outbox.claim(now, exclude, 10, leadOnly).then((rows) => rows?.[0] ?? null);

describe.each(BACKENDS)("the outbox on %s", (_backend, open) => {
  it("queues a message to a chat once per item, whatever the reason", async () => {
    const store = await open(() => 1000);
    expect(await store.outbox.enqueue([draft(1001, "7"), draft(1001, "7")])).toBe(1);
    expect(await store.outbox.enqueue([draft(1001, "7"), draft(1001, "8"), draft(1002, "7")])).toBe(2);
    expect((await store.outbox.list()).map((row) => `${row.chatId}:${row.subject}`)).toEqual(["1001:7", "1001:8", "1002:7"]);
  });

  it("hands out the oldest due message of a chat that may receive now, and marks it sending", async () => {
    const store = await open(() => 1000);
    await store.outbox.enqueue([draft(1001, "1"), draft(1001, "2"), draft(1002, "1"), draft(1003, "1", 5000)]);
    expect(await claimOne(store, 1000)).toMatchObject({ chatId: 1001, subject: "1", status: "sending" });
    expect(await claimOne(store, 1000, [1001])).toMatchObject({ chatId: 1002, subject: "1" });
    expect(await claimOne(store, 1000, [1001, 1002])).toBeNull();
    expect(await store.outbox.nextDueAfter(1000)).toBe(5000);
    expect(await claimOne(store, 5000, [1001, 1002])).toMatchObject({ chatId: 1003 });
    expect((await store.outbox.list({ status: "sending" })).map((row) => `${row.chatId}:${row.subject}`)).toEqual(["1001:1", "1002:1", "1003:1"]);
  });

  it("keeps a retried message's place in its chat's queue", async () => {
    const store = await open(() => 1000);
    await store.outbox.enqueue([draft(1001, "1"), draft(1001, "2")]);
    const first = (await claimOne(store, 1000))!;
    expect(await claimOne(store, 1000)).toMatchObject({ subject: "2" });
    await store.outbox.markPending([first.id], "502 Bad Gateway", true, 1100);
    expect(await claimOne(store, 1100)).toMatchObject({ subject: "1", attempts: 1, lastError: "502 Bad Gateway" });
  });

  it("puts messages a crash left in flight back in the queue", async () => {
    const store = await open(() => 1000);
    await store.outbox.enqueue([draft(1001, "1"), draft(1002, "1")]);
    const first = (await claimOne(store, 1000))!;
    await store.outbox.markSent([first.id], 1000);
    await claimOne(store, 1000);
    expect(await store.outbox.hasPending()).toBe(false);
    expect(await store.outbox.requeueInFlight(2000)).toEqual([1002]);
    expect((await store.outbox.list({ status: "pending" })).map((row) => row.chatId)).toEqual([1002]);
  });

  it("prunes delivered and failed messages once they are old, never queued ones", async () => {
    let now = 1000;
    const store = await open(() => now);
    await store.outbox.enqueue([draft(1001, "1"), draft(1002, "1"), draft(1003, "1")]);
    const [sent, failed] = await store.outbox.list();
    await store.outbox.markSent([sent!.id], 1000);
    await store.outbox.markFailed([failed!.id], "403 Forbidden: bot was blocked by the user", 1000);
    now = 50_000;
    expect(await store.outbox.prune(1001)).toBe(2);
    expect((await store.outbox.list()).map((row) => [row.chatId, row.status])).toEqual([[1003, "pending"]]);
  });

  it("serves a chat just sent to after every chat still waiting, even its older rows", async () => {
    const store = await open(() => 1000);
    await store.outbox.enqueue([draft(1001, "1"), draft(1001, "2"), draft(1002, "1"), draft(1003, "1")]);
    const first = (await claimOne(store, 1000))!;
    expect(first).toMatchObject({ chatId: 1001, subject: "1", turn: 0 });
    await store.outbox.markSent([first.id], 1200);
    expect(await store.outbox.list({ chatId: 1001, status: "pending" })).toMatchObject([{ subject: "2", turn: 1201 }]);
    const order: string[] = [];
    for (let row = await claimOne(store, 1300); row; row = await claimOne(store, 1300)) {
      order.push(`${row.chatId}:${row.subject}`);
      await store.outbox.markSent([row.id], 1300);
    }
    expect(order).toEqual(["1002:1", "1003:1", "1001:2"]);
  });

  it("claims a chat's due mergeable rows with the lead, in queue order, and marks a message's rows together", async () => {
    const store = await open(() => 1000);
    await store.outbox.enqueue([
      mergeableDraft(1001, "1"),
      mergeableDraft(1002, "1"),
      mergeableDraft(1001, "2"),
      mergeableDraft(1001, "3", 9000),
      draft(1001, "digest"),
      mergeableDraft(1001, "4"),
    ]);
    const offered: string[][] = [];
    const rows = await store.outbox.claim(1000, [], 10, (lead, others) => {
      offered.push([lead, ...others].map((row) => row.subject));
      return everyRow(lead, others);
    });
    expect(offered).toEqual([["1", "2", "4"]]);
    expect(rows?.map((row) => row.subject)).toEqual(["1", "2", "4"]);
    expect((await store.outbox.list({ status: "sending" })).map((row) => row.subject)).toEqual(["1", "2", "4"]);
    const ids = rows!.map((row) => row.id);
    await store.outbox.markPending(ids, "502 Bad Gateway", true, 1100);
    expect((await store.outbox.list({ chatId: 1001, status: "pending" })).map((row) => [row.subject, row.attempts])).toEqual([
      ["1", 1],
      ["2", 1],
      ["3", 0],
      ["digest", 0],
      ["4", 1],
    ]);
    await store.outbox.markFailed(ids, "400 Bad Request", 1200);
    expect(await store.outbox.list({ status: "failed" })).toHaveLength(3);
  });

  it("offers at most `limit` other rows, and leaves those not chosen pending", async () => {
    const store = await open(() => 1000);
    await store.outbox.enqueue(["1", "2", "3", "4"].map((subject) => mergeableDraft(1001, subject)));
    const rows = await store.outbox.claim(1000, [], 2, (lead, others) => {
      expect(others.map((row) => row.subject)).toEqual(["2", "3"]);
      return [lead.id, others[1]!.id];
    });
    expect(rows?.map((row) => row.subject)).toEqual(["1", "3"]);
    expect((await store.outbox.list({ status: "pending" })).map((row) => row.subject)).toEqual(["2", "4"]);
  });

  it("sends a digest part alone, never merged with the chat's pushes", async () => {
    const store = await open(() => 1000);
    await store.outbox.enqueue([{ ...draft(1001, "2024-03-12#1"), purpose: "digest" }, mergeableDraft(1001, "7")]);
    let othersOffered = -1;
    const rows = await store.outbox.claim(1000, [], 10, (lead, others) => {
      othersOffered = others.length;
      return everyRow(lead, others);
    });
    expect(othersOffered).toBe(0);
    expect(rows?.map((row) => row.purpose)).toEqual(["digest"]);
  });

  it("tells how far each recent item's push has reached", async () => {
    let now = 10_000;
    const store = await open(() => now);
    await store.items.record("corpus", EARLIER_HEADLINES);
    const [japan, iraq] = await store.items.record("corpus", [JAPAN, IRAQ]);
    const push = (chatId: number, itemId: number): OutboxDraft => ({ ...draft(chatId, String(itemId), now), itemId });
    await store.outbox.enqueue([push(1, japan!.id), push(2, japan!.id), push(1, iraq!.id), push(2, iraq!.id)]);
    const rows = await store.outbox.list();
    now = 14_000;
    await store.outbox.markSent(rows.filter((row) => row.itemId === japan!.id).map((row) => row.id), 14_000);
    await store.outbox.markSent([rows.find((row) => row.itemId === iraq!.id)!.id], 12_000);
    expect((await store.stats(now)).pushes).toEqual([
      { itemId: iraq!.id, title: IRAQ.title, readers: 1, waiting: 1, queuedAt: 10_000, lastSentAt: 12_000 },
      { itemId: japan!.id, title: JAPAN.title, readers: 2, waiting: 0, queuedAt: 10_000, lastSentAt: 14_000 },
    ]);
  });

  it("reports the outbox by status, its busiest second and minute, and the 429 windows in force", async () => {
    const store = await open(() => 100_000);
    await store.outbox.enqueue([draft(1001, "1"), draft(1001, "2"), draft(1002, "1"), draft(1003, "1"), draft(1004, "1")]);
    const [a, b, c, d] = await store.outbox.list();
    await store.outbox.markSent([a!.id, b!.id], 100_100);
    await store.outbox.markSent([c!.id], 100_200);
    await store.outbox.markSent([d!.id], 110_000);
    await store.telegramHolds.hold("bot", 200_000, 100_000);
    await store.outbox.markPending([(await store.outbox.list({ status: "pending" }))[0]!.id], "429 Too Many Requests: retry after 5", false, 100_000);
    expect(await store.deliveryReport(150_000)).toEqual({
      byStatus: { pending: 1, sending: 0, sent: 4, failed: 0 },
      peakPerSecond: 2,
      peakPerMinute: 3,
      waitingAfter429: 1,
      holds: [{ scope: "bot", untilMs: 200_000 }],
    });
  });
});
