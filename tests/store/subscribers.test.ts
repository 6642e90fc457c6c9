import { describe, expect, it } from "vitest";
import { NEW_SOURCE_STATE } from "../../src/sources/feed-state.js";
import type { OutboxDraft } from "../../src/store/types.js";
import { SITE_ZONE, openMemoryStore } from "./fixtures/open-store.js";

const alice = { chatId: 1001, threadId: null, chatType: "private" as const };
const newsroom = { chatId: -1002003004005, threadId: 77, chatType: "supergroup" as const };

function draft(chatId: number, subject: string): OutboxDraft {
  return { chatId, threadId: null, purpose: "push", subject, itemId: null, text: "<b>x</b>", buttons: [], notBefore: 0 };
}

describe("subscribers and follows", () => {
  it("creates a subscriber with the site's zone and an 08:00 digest, then applies changes", () => {
    let now = 1000;
    const store = openMemoryStore(() => now);
    expect(store.subscribers.upsert(alice)).toMatchObject({
      mode: "off",
      timezone: SITE_ZONE,
      digestMinutes: 480,
      quiet: null,
      active: true,
      createdAt: 1000,
    });
    now = 2000;
    const changed = store.subscribers.upsert(alice, {
      mode: "daily",
      digestMinutes: 7 * 60 + 30,
      timezone: "Europe/Berlin",
      quiet: { start: 23 * 60, end: 7 * 60 },
    });
    expect(changed).toMatchObject({
      mode: "daily",
      digestMinutes: 450,
      timezone: "Europe/Berlin",
      quiet: { start: 1380, end: 420 },
      lastDigestAt: 2000,
      createdAt: 1000,
      updatedAt: 2000,
    });
    expect(store.subscribers.upsert(alice, { quiet: null }).quiet).toBeNull();
  });

  it("refuses an unknown zone or an hour outside the day", () => {
    const store = openMemoryStore(() => 1000);
    expect(() => store.subscribers.upsert(alice, { timezone: "Mars/Olympus" })).toThrow(/time zone/);
    expect(() => store.subscribers.upsert(alice, { digestMinutes: 24 * 60 })).toThrow(/minutes/);
    expect(store.subscribers.get(alice.chatId)).toBeNull();
  });

  it("sends a group's pushes to the forum topic it subscribed from", () => {
    const store = openMemoryStore(() => 1000);
    store.subscribers.upsert(newsroom, { mode: "instant" });
    expect(store.subscribers.get(newsroom.chatId)).toMatchObject({ threadId: 77, chatType: "supergroup" });
    store.subscribers.upsert({ ...newsroom, threadId: 80 }, { mode: "instant", threadId: 80 });
    expect(store.subscribers.get(newsroom.chatId)?.threadId).toBe(80);
  });

  it("follows a story once however often it is asked, and drops it on request", () => {
    const store = openMemoryStore(() => 1000);
    const follow = store.follows.add(alice, "  Zangezur   corridor ");
    expect(follow).toMatchObject({ chatId: alice.chatId, query: "Zangezur corridor" });
    expect(store.subscribers.get(alice.chatId)?.mode).toBe("off");
    expect(store.follows.add(alice, "Zangezur corridor").id).toBe(follow.id);
    store.follows.add(alice, "Nakhchivan");
    expect(store.follows.list(alice.chatId).map((f) => f.query)).toEqual(["Zangezur corridor", "Nakhchivan"]);
    expect(store.follows.remove(alice.chatId, follow.id)).toBe(true);
    expect(store.follows.remove(alice.chatId, follow.id)).toBe(false);
    expect(store.follows.listActive().map((f) => f.query)).toEqual(["Nakhchivan"]);
  });

  it("deactivates a reader who blocked the bot, dropping their queue but keeping their settings", () => {
    const store = openMemoryStore(() => 1000);
    store.subscribers.upsert(alice, { mode: "instant", timezone: "Europe/Berlin" });
    store.follows.add(alice, "Zangezur corridor");
    store.outbox.enqueue([draft(alice.chatId, "1"), draft(alice.chatId, "2")]);

    store.subscribers.deactivate(alice.chatId);
    expect(store.subscribers.get(alice.chatId)).toMatchObject({ active: false, mode: "instant", timezone: "Europe/Berlin" });
    expect(store.subscribers.listActive()).toEqual([]);
    expect(store.follows.listActive()).toEqual([]);
    expect(store.outbox.list({ chatId: alice.chatId })).toEqual([]);

    store.subscribers.upsert(alice, { active: true });
    expect(store.subscribers.listActive().map((s) => s.chatId)).toEqual([alice.chatId]);
    expect(store.follows.list(alice.chatId)).toHaveLength(1);
  });

  it("stops the headlines on unsubscribe and keeps the follows, zone and quiet hours", () => {
    const store = openMemoryStore(() => 1000);
    store.subscribers.upsert(alice, { mode: "instant", timezone: "Europe/Berlin", quiet: { start: 1380, end: 420 } });
    store.follows.add(alice, "Zangezur corridor");
    store.outbox.enqueue([draft(alice.chatId, "1")]);
    store.subscribers.unsubscribe(alice.chatId);
    expect(store.subscribers.get(alice.chatId)).toMatchObject({ mode: "off", timezone: "Europe/Berlin", quiet: { start: 1380, end: 420 } });
    expect(store.follows.list(alice.chatId).map((follow) => follow.query)).toEqual(["Zangezur corridor"]);
    expect(store.outbox.list()).toEqual([]);
  });

  it("drops every follow of one chat when asked, and no other chat's", () => {
    const store = openMemoryStore(() => 1000);
    const bob = { ...alice, chatId: alice.chatId + 1 };
    store.follows.add(alice, "Zangezur corridor");
    store.follows.add(alice, "Aras river");
    store.follows.add(bob, "Aras river");
    expect(store.follows.removeAll(alice.chatId)).toBe(2);
    expect(store.follows.list(alice.chatId)).toEqual([]);
    expect(store.follows.list(bob.chatId)).toHaveLength(1);
  });

  it("moves a migrated group's subscription, follows and queue to the supergroup", () => {
    const store = openMemoryStore(() => 1000);
    const group = { chatId: -4001, threadId: null, chatType: "group" as const };
    store.subscribers.upsert(group, { mode: "daily", digestMinutes: 600 });
    store.follows.add(group, "Zangezur corridor");
    store.outbox.enqueue([draft(group.chatId, "1")]);

    store.subscribers.migrate(group.chatId, -1004001);
    expect(store.subscribers.get(group.chatId)).toBeNull();
    expect(store.subscribers.get(-1004001)).toMatchObject({ mode: "daily", digestMinutes: 600, chatType: "supergroup" });
    expect(store.follows.list(-1004001).map((f) => f.query)).toEqual(["Zangezur corridor"]);
    expect(store.outbox.list().map((row) => row.chatId)).toEqual([-1004001]);
  });

  it("counts what /stats shows", () => {
    let now = Date.parse("2023-03-28T08:00:00Z");
    const store = openMemoryStore(() => now);
    store.subscribers.upsert(alice, { mode: "instant" });
    store.subscribers.upsert({ ...alice, chatId: 1002 }, { mode: "daily" });
    store.subscribers.upsert({ ...alice, chatId: 1003 }, { mode: "instant" });
    store.subscribers.deactivate(1003);
    store.follows.add({ ...alice, chatId: 1004 }, "Zangezur");
    store.outbox.enqueue([draft(1001, "1"), draft(1001, "2"), draft(1002, "1"), draft(1004, "1")]);
    const [first, second, third] = store.outbox.list();
    store.outbox.markSending([first!.id], now);
    store.outbox.markSent([first!.id], now);
    store.outbox.markFailed([second!.id], "400 Bad Request: message is too long", now);
    store.outbox.markSending([third!.id], now);
    store.sources.saveState("corpus", {
      ...NEW_SOURCE_STATE,
      lastPollAt: "2023-03-28T07:59:00.000Z",
      lastSuccessAt: "2023-03-28T07:59:00.000Z",
    });

    now += 60_000;
    expect(store.stats(now)).toEqual({
      subscribers: { instant: 1, daily: 1, off: 1, inactive: 1 },
      follows: 1,
      outbox: { pending: 1, sending: 1 },
      last24h: { sent: 1, failed: 1 },
      pushes: [],
      sources: [expect.objectContaining({ name: "corpus", lastPollAt: "2023-03-28T07:59:00.000Z", lastError: null })],
    });
    expect(store.stats(now + 25 * 60 * 60_000).last24h).toEqual({ sent: 0, failed: 0 });
  });
});
