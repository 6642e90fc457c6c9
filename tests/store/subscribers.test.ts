import { describe, expect, it } from "vitest";
import { NEW_SOURCE_STATE } from "../../src/sources/feed-state.js";
import type { OutboxDraft } from "../../src/store/types.js";
import { SITE_ZONE } from "./fixtures/open-store.js";
import { BACKENDS } from "./support/backends.js";

const alice = { chatId: 1001, threadId: null, chatType: "private" as const };
const newsroom = { chatId: -1002003004005, threadId: 77, chatType: "supergroup" as const };

function draft(chatId: number, subject: string): OutboxDraft {
  return { chatId, threadId: null, purpose: "push", subject, itemId: null, text: "<b>x</b>", buttons: [], notBefore: 0 };
}

describe.each(BACKENDS)("subscribers and follows on %s", (_backend, open) => {
  it("creates a subscriber with the site's zone and an 08:00 digest, then applies changes", async () => {
    let now = 1000;
    const store = await open(() => now);
    expect(await store.subscribers.upsert(alice)).toMatchObject({
      mode: "off",
      timezone: SITE_ZONE,
      digestMinutes: 480,
      quiet: null,
      active: true,
      createdAt: 1000,
    });
    now = 2000;
    const changed = await store.subscribers.upsert(alice, {
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
    expect((await store.subscribers.upsert(alice, { quiet: null })).quiet).toBeNull();
  });

  it("refuses an unknown zone or an hour outside the day", async () => {
    const store = await open(() => 1000);
    await expect(store.subscribers.upsert(alice, { timezone: "Mars/Olympus" })).rejects.toThrow(/time zone/);
    await expect(store.subscribers.upsert(alice, { digestMinutes: 24 * 60 })).rejects.toThrow(/minutes/);
    expect(await store.subscribers.get(alice.chatId)).toBeNull();
  });

  it("sends a group's pushes to the forum topic it subscribed from", async () => {
    const store = await open(() => 1000);
    await store.subscribers.upsert(newsroom, { mode: "instant" });
    expect(await store.subscribers.get(newsroom.chatId)).toMatchObject({ threadId: 77, chatType: "supergroup" });
    await store.subscribers.upsert({ ...newsroom, threadId: 80 }, { mode: "instant", threadId: 80 });
    expect((await store.subscribers.get(newsroom.chatId))?.threadId).toBe(80);
  });

  it("follows a story once however often it is asked, and drops it on request", async () => {
    const store = await open(() => 1000);
    const follow = await store.follows.add(alice, "  Zangezur   corridor ");
    expect(follow).toMatchObject({ chatId: alice.chatId, query: "Zangezur corridor" });
    expect((await store.subscribers.get(alice.chatId))?.mode).toBe("off");
    expect((await store.follows.add(alice, "Zangezur corridor")).id).toBe(follow.id);
    await store.follows.add(alice, "Nakhchivan");
    expect((await store.follows.list(alice.chatId)).map((f) => f.query)).toEqual(["Zangezur corridor", "Nakhchivan"]);
    expect(await store.follows.remove(alice.chatId, follow.id)).toBe(true);
    expect(await store.follows.remove(alice.chatId, follow.id)).toBe(false);
    expect((await store.follows.listActive()).map((f) => f.query)).toEqual(["Nakhchivan"]);
  });

  it("deactivates a reader who blocked the bot, dropping their queue but keeping their settings", async () => {
    const store = await open(() => 1000);
    await store.subscribers.upsert(alice, { mode: "instant", timezone: "Europe/Berlin" });
    await store.follows.add(alice, "Zangezur corridor");
    await store.outbox.enqueue([draft(alice.chatId, "1"), draft(alice.chatId, "2")]);

    await store.subscribers.deactivate(alice.chatId);
    expect(await store.subscribers.get(alice.chatId)).toMatchObject({ active: false, mode: "instant", timezone: "Europe/Berlin" });
    expect(await store.subscribers.listActive()).toEqual([]);
    expect(await store.follows.listActive()).toEqual([]);
    expect(await store.outbox.list({ chatId: alice.chatId })).toEqual([]);

    await store.subscribers.upsert(alice, { active: true });
    expect((await store.subscribers.listActive()).map((s) => s.chatId)).toEqual([alice.chatId]);
    expect(await store.follows.list(alice.chatId)).toHaveLength(1);
  });

  it("stops the headlines on unsubscribe and keeps the follows, zone and quiet hours", async () => {
    const store = await open(() => 1000);
    await store.subscribers.upsert(alice, { mode: "instant", timezone: "Europe/Berlin", quiet: { start: 1380, end: 420 } });
    await store.follows.add(alice, "Zangezur corridor");
    await store.outbox.enqueue([draft(alice.chatId, "1")]);
    await store.subscribers.unsubscribe(alice.chatId);
    expect(await store.subscribers.get(alice.chatId)).toMatchObject({ mode: "off", timezone: "Europe/Berlin", quiet: { start: 1380, end: 420 } });
    expect((await store.follows.list(alice.chatId)).map((follow) => follow.query)).toEqual(["Zangezur corridor"]);
    expect(await store.outbox.list()).toEqual([]);
  });

  it("drops every follow of one chat when asked, and no other chat's", async () => {
    const store = await open(() => 1000);
    const bob = { ...alice, chatId: alice.chatId + 1 };
    await store.follows.add(alice, "Zangezur corridor");
    await store.follows.add(alice, "Aras river");
    await store.follows.add(bob, "Aras river");
    expect(await store.follows.removeAll(alice.chatId)).toBe(2);
    expect(await store.follows.list(alice.chatId)).toEqual([]);
    expect(await store.follows.list(bob.chatId)).toHaveLength(1);
  });

  it("moves a migrated group's subscription, follows and queue to the supergroup", async () => {
    const store = await open(() => 1000);
    const group = { chatId: -4001, threadId: null, chatType: "group" as const };
    await store.subscribers.upsert(group, { mode: "daily", digestMinutes: 600 });
    await store.follows.add(group, "Zangezur corridor");
    await store.outbox.enqueue([draft(group.chatId, "1")]);

    await store.subscribers.migrate(group.chatId, -1004001);
    expect(await store.subscribers.get(group.chatId)).toBeNull();
    expect(await store.subscribers.get(-1004001)).toMatchObject({ mode: "daily", digestMinutes: 600, chatType: "supergroup" });
    expect((await store.follows.list(-1004001)).map((f) => f.query)).toEqual(["Zangezur corridor"]);
    expect((await store.outbox.list()).map((row) => row.chatId)).toEqual([-1004001]);
  });

  it("counts what /stats shows", async () => {
    let now = Date.parse("2023-03-28T08:00:00Z");
    const store = await open(() => now);
    await store.subscribers.upsert(alice, { mode: "instant" });
    await store.subscribers.upsert({ ...alice, chatId: 1002 }, { mode: "daily" });
    await store.subscribers.upsert({ ...alice, chatId: 1003 }, { mode: "instant" });
    await store.subscribers.deactivate(1003);
    await store.follows.add({ ...alice, chatId: 1004 }, "Zangezur");
    await store.outbox.enqueue([draft(1001, "1"), draft(1001, "2"), draft(1002, "1"), draft(1004, "1")]);
    const [first, second] = await store.outbox.list();
    const claimLead = () => store.outbox.claim(now, [], 10, (lead) => [lead.id]);
    expect((await claimLead())?.map((row) => row.id)).toEqual([first!.id]);
    await store.outbox.markSent([first!.id], now);
    await store.outbox.markFailed([second!.id], "400 Bad Request: message is too long", now);
    expect((await claimLead())?.map((row) => row.chatId)).toEqual([1002]);
    await store.sources.saveState("corpus", {
      ...NEW_SOURCE_STATE,
      lastPollAt: "2023-03-28T07:59:00.000Z",
      lastSuccessAt: "2023-03-28T07:59:00.000Z",
    });

    now += 60_000;
    expect(await store.stats(now)).toEqual({
      subscribers: { instant: 1, daily: 1, off: 1, inactive: 1 },
      follows: 1,
      outbox: { pending: 1, sending: 1 },
      last24h: { sent: 1, failed: 1 },
      pushes: [],
      sources: [expect.objectContaining({ name: "corpus", lastPollAt: "2023-03-28T07:59:00.000Z", lastError: null })],
    });
    expect((await store.stats(now + 25 * 60 * 60_000)).last24h).toEqual({ sent: 0, failed: 0 });
  });
});
