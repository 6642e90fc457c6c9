import { describe, expect, it } from "vitest";
import { silentLogger } from "../../src/log/logger.js";
import type { WordShare } from "../../src/search/types.js";
import type { Store } from "../../src/store/types.js";
import { createSubscriptionService } from "../../src/subscriptions/subscription-service.js";
import { SITE_ZONE, openMemoryStore } from "../store/fixtures/open-store.js";

const alice = { chatId: 1001, threadId: null, chatType: "private" as const };
const newsroom = { chatId: -1002003004005, threadId: 77, chatType: "supergroup" as const };
const newsroomTopicless = { ...newsroom, threadId: null };

/** A corpus of 200 passages in which "the" is a stopword and "Azerbaijan" is in most passages. */
function wordShares(text: string): { passages: number; words: WordShare[] } {
  const shares: Record<string, number | null> = { the: null, of: null, azerbaijan: 0.8, zangezur: 0.05, corridor: 0.04 };
  const words = text.split(" ").map((word) => ({ word, share: word.toLowerCase() in shares ? (shares[word.toLowerCase()] ?? null) : 0.01 }));
  return { passages: 200, words };
}

function setup(rules?: { maxFollows?: number; maxFollowLength?: number }) {
  const store: Store = openMemoryStore(() => 1_000_000);
  const service = createSubscriptionService({ getStore: () => store, siteTimezone: SITE_ZONE, wordShares, logger: silentLogger, rules });
  return { store, service };
}

describe("the subscription service", () => {
  it("gives a reader the site's zone until they choose one, and theirs after", async () => {
    const { service } = setup();
    expect(await service.readerZone(undefined)).toBe(SITE_ZONE);
    expect(await service.readerZone(alice.chatId)).toBe(SITE_ZONE);
    await service.setZone(alice, "Europe/Berlin");
    expect(await service.readerZone(alice.chatId)).toBe("Europe/Berlin");
    expect(await service.settings(alice.chatId, "private")).toMatchObject({ zone: "Europe/Berlin", chatType: "private", follows: [] });
    expect(await service.settings(undefined, "private")).toEqual({ subscriber: null, follows: [], zone: SITE_ZONE, chatType: "private" });
  });

  it("subscribes in the forum topic the choice was made in, with the digest's hour", async () => {
    const { service } = setup();
    await service.subscribe(newsroomTopicless, { mode: "instant" });
    const daily = await service.subscribe(newsroom, { mode: "daily", digestMinutes: 19 * 60 });
    expect(daily).toMatchObject({ mode: "daily", digestMinutes: 19 * 60, threadId: 77, active: true });
  });

  it("unsubscribes keeping the follows, offering the mode to undo, and none when headlines were off", async () => {
    const { store, service } = setup();
    await service.subscribe(alice, { mode: "daily" });
    await service.follow(alice, "Zangezur corridor");
    const stopped = await service.unsubscribe(alice.chatId);
    expect(stopped.undo).toBe("daily");
    expect(stopped.follows.map((follow) => follow.query)).toEqual(["Zangezur corridor"]);
    expect((await store.subscribers.get(alice.chatId))?.mode).toBe("off");
    expect((await service.unsubscribe(alice.chatId)).undo).toBeNull();
    expect((await service.unfollowAll(alice.chatId)).map((follow) => follow.query)).toEqual(["Zangezur corridor"]);
    expect(await service.follows(alice.chatId)).toEqual([]);
  });

  it("refuses follows of stopwords, of words in most of the corpus, too long, or past the limit", async () => {
    const { service } = setup({ maxFollows: 2, maxFollowLength: 30 });
    expect(await service.follow(alice, "the")).toEqual({ kind: "stopwords", words: ["the"] });
    expect(await service.follow(alice, "the Azerbaijan")).toEqual({ kind: "common", words: ["Azerbaijan"] });
    expect(await service.follow(alice, "a story of many more words than thirty")).toEqual({ kind: "tooLong", max: 30 });
    expect((await service.follow(alice, "Zangezur")).kind).toBe("added");
    expect((await service.follow(alice, "corridor")).kind).toBe("added");
    expect(await service.follow(alice, "Lachin")).toEqual({ kind: "limit", max: 2 });
    // The same words again are the follow the chat has, not a third one.
    expect((await service.follow(alice, "Zangezur")).kind).toBe("added");
    expect(await service.follows(alice.chatId)).toHaveLength(2);
  });

  it("drops one follow once, saying which", async () => {
    const { service } = setup();
    const added = await service.follow(alice, "Zangezur");
    if (added.kind !== "added") throw new Error("the follow was refused");
    expect((await service.unfollow(alice.chatId, added.follow.id))?.query).toBe("Zangezur");
    expect(await service.unfollow(alice.chatId, added.follow.id)).toBeNull();
  });

  it("brings back a reader who had blocked the bot, and only such a reader", async () => {
    const { store, service } = setup();
    expect(await service.reactivate(alice)).toBe(false);
    await service.subscribe(alice, { mode: "instant" });
    expect(await service.reactivate(alice)).toBe(false);
    await store.subscribers.deactivate(alice.chatId);
    expect(await service.reactivate(alice)).toBe(true);
    expect(await store.subscribers.get(alice.chatId)).toMatchObject({ active: true, mode: "instant" });
  });

  it("makes a blocked chat that changes a setting active again", async () => {
    const { store, service } = setup();
    await service.subscribe(alice, { mode: "instant" });
    await store.subscribers.deactivate(alice.chatId);
    expect(await service.setQuiet(alice, { start: 23 * 60, end: 7 * 60 })).toMatchObject({ active: true, quiet: { start: 1380, end: 420 } });
  });

  it("moves a group's subscription and follows to its supergroup, and ignores a group it never knew", async () => {
    const { store, service } = setup();
    const group = { chatId: -4001, threadId: null, chatType: "group" as const };
    await service.subscribe(group, { mode: "instant" });
    await service.follow(group, "Zangezur");
    expect(await service.migrate(group.chatId, -1004001)).toBe(true);
    expect(await store.subscribers.get(-1004001)).toMatchObject({ mode: "instant", chatType: "supergroup" });
    expect((await service.follows(-1004001)).map((follow) => follow.query)).toEqual(["Zangezur"]);
    expect(await service.migrate(-4002, -1004002)).toBe(false);
    expect(await store.subscribers.get(-1004002)).toBeNull();
  });
});
