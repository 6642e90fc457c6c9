import { describe, expect, it } from "vitest";
import type { OutboxDraft } from "../../src/store/types.js";
import { EARLIER_HEADLINES, IRAQ, JAPAN } from "./fixtures/headlines.js";
import { openMemoryStore } from "./fixtures/open-store.js";

function draft(chatId: number, subject: string, notBefore = 0): OutboxDraft {
  const text = `<b>${subject}</b>`;
  return { chatId, threadId: null, purpose: "push", subject, itemId: null, text, buttons: [], notBefore };
}

describe("the outbox", () => {
  it("queues a message to a chat once per item, whatever the reason", () => {
    const store = openMemoryStore(() => 1000);
    expect(store.outbox.enqueue([draft(1001, "7"), draft(1001, "7")])).toBe(1);
    expect(store.outbox.enqueue([draft(1001, "7"), draft(1001, "8"), draft(1002, "7")])).toBe(2);
    expect(store.outbox.list().map((row) => `${row.chatId}:${row.subject}`)).toEqual(["1001:7", "1001:8", "1002:7"]);
  });

  it("hands out the oldest due message of a chat that may receive now", () => {
    const store = openMemoryStore(() => 1000);
    store.outbox.enqueue([draft(1001, "1"), draft(1001, "2"), draft(1002, "1"), draft(1003, "1", 5000)]);
    expect(store.outbox.next(1000, [])?.subject).toBe("1");
    expect(store.outbox.next(1000, [1001])).toMatchObject({ chatId: 1002, subject: "1" });
    expect(store.outbox.next(1000, [1001, 1002])).toBeNull();
    expect(store.outbox.nextDueAfter(1000)).toBe(5000);
    expect(store.outbox.next(5000, [1001, 1002])).toMatchObject({ chatId: 1003 });
  });

  it("keeps a retried message's place in its chat's queue", () => {
    const store = openMemoryStore(() => 1000);
    store.outbox.enqueue([draft(1001, "1"), draft(1001, "2")]);
    const first = store.outbox.next(1000, [])!;
    store.outbox.markSending([first.id], 1000);
    expect(store.outbox.next(1000, [])?.subject).toBe("2");
    store.outbox.markPending([first.id], "502 Bad Gateway", true, 1100);
    expect(store.outbox.next(1100, [])).toMatchObject({ subject: "1", attempts: 1, lastError: "502 Bad Gateway" });
  });

  it("puts messages a crash left in flight back in the queue", () => {
    const store = openMemoryStore(() => 1000);
    store.outbox.enqueue([draft(1001, "1"), draft(1002, "1")]);
    const [first, second] = store.outbox.list();
    store.outbox.markSending([first!.id], 1000);
    store.outbox.markSent([first!.id], 1000);
    store.outbox.markSending([second!.id], 1000);
    expect(store.outbox.hasPending()).toBe(false);
    expect(store.outbox.requeueInFlight(2000)).toBe(1);
    expect(store.outbox.list({ status: "pending" }).map((row) => row.chatId)).toEqual([1002]);
  });

  it("prunes delivered and failed messages once they are old, never queued ones", () => {
    let now = 1000;
    const store = openMemoryStore(() => now);
    store.outbox.enqueue([draft(1001, "1"), draft(1002, "1"), draft(1003, "1")]);
    const [sent, failed] = store.outbox.list();
    store.outbox.markSent([sent!.id], 1000);
    store.outbox.markFailed([failed!.id], "403 Forbidden: bot was blocked by the user", 1000);
    now = 50_000;
    expect(store.outbox.prune(1001)).toBe(2);
    expect(store.outbox.list().map((row) => [row.chatId, row.status])).toEqual([[1003, "pending"]]);
  });

  it("serves a chat just sent to after every chat still waiting, even its older rows", () => {
    const store = openMemoryStore(() => 1000);
    store.outbox.enqueue([draft(1001, "1"), draft(1001, "2"), draft(1002, "1"), draft(1003, "1")]);
    const first = store.outbox.next(1000, [])!;
    expect(first).toMatchObject({ chatId: 1001, subject: "1", turn: 0 });
    store.outbox.markSending([first.id], 1000);
    store.outbox.markSent([first.id], 1200);
    expect(store.outbox.list({ chatId: 1001, status: "pending" })).toMatchObject([{ subject: "2", turn: 1201 }]);
    const order: string[] = [];
    for (let row = store.outbox.next(1300, []); row; row = store.outbox.next(1300, [])) {
      order.push(`${row.chatId}:${row.subject}`);
      store.outbox.markSent([row.id], 1300);
    }
    expect(order).toEqual(["1002:1", "1003:1", "1001:2"]);
  });

  it("lists a chat's due rows in queue order, and marks a message's rows together", () => {
    const store = openMemoryStore(() => 1000);
    store.outbox.enqueue([draft(1001, "1"), draft(1002, "1"), draft(1001, "2"), draft(1001, "3", 9000), draft(1001, "4")]);
    const due = store.outbox.dueForChat(1001, 1000, 10);
    expect(due.map((row) => row.subject)).toEqual(["1", "2", "4"]);
    expect(store.outbox.dueForChat(1001, 1000, 2).map((row) => row.subject)).toEqual(["1", "2"]);
    const ids = due.map((row) => row.id);
    store.outbox.markSending(ids, 1000);
    expect(store.outbox.list({ status: "sending" }).map((row) => row.subject)).toEqual(["1", "2", "4"]);
    store.outbox.markPending(ids, "502 Bad Gateway", true, 1100);
    expect(store.outbox.dueForChat(1001, 1100, 10).map((row) => row.attempts)).toEqual([1, 1, 1]);
    store.outbox.markFailed(ids, "400 Bad Request", 1200);
    expect(store.outbox.list({ status: "failed" })).toHaveLength(3);
  });

  it("tells how far each recent item's push has reached", () => {
    let now = 10_000;
    const store = openMemoryStore(() => now);
    store.items.record("corpus", EARLIER_HEADLINES);
    const [japan, iraq] = store.items.record("corpus", [JAPAN, IRAQ]);
    const push = (chatId: number, itemId: number): OutboxDraft => ({ ...draft(chatId, String(itemId), now), itemId });
    store.outbox.enqueue([push(1, japan!.id), push(2, japan!.id), push(1, iraq!.id), push(2, iraq!.id)]);
    const rows = store.outbox.list();
    now = 14_000;
    store.outbox.markSent(rows.filter((row) => row.itemId === japan!.id).map((row) => row.id), 14_000);
    store.outbox.markSent([rows.find((row) => row.itemId === iraq!.id)!.id], 12_000);
    expect(store.stats(now).pushes).toEqual([
      { itemId: iraq!.id, title: IRAQ.title, readers: 1, waiting: 1, queuedAt: 10_000, lastSentAt: 12_000 },
      { itemId: japan!.id, title: JAPAN.title, readers: 2, waiting: 0, queuedAt: 10_000, lastSentAt: 14_000 },
    ]);
  });
});
