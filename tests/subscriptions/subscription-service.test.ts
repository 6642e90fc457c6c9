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
  it("gives a reader the site's zone until they choose one, and theirs after", () => {
    const { service } = setup();
    expect(service.readerZone(undefined)).toBe(SITE_ZONE);
    expect(service.readerZone(alice.chatId)).toBe(SITE_ZONE);
    service.setZone(alice, "Europe/Berlin");
    expect(service.readerZone(alice.chatId)).toBe("Europe/Berlin");
    expect(service.settings(alice.chatId, "private")).toMatchObject({ zone: "Europe/Berlin", chatType: "private", follows: [] });
    expect(service.settings(undefined, "private")).toEqual({ subscriber: null, follows: [], zone: SITE_ZONE, chatType: "private" });
  });

  it("subscribes in the forum topic the choice was made in, with the digest's hour", () => {
    const { service } = setup();
    service.subscribe(newsroomTopicless, { mode: "instant" });
    const daily = service.subscribe(newsroom, { mode: "daily", digestMinutes: 19 * 60 });
    expect(daily).toMatchObject({ mode: "daily", digestMinutes: 19 * 60, threadId: 77, active: true });
  });

  it("unsubscribes keeping the follows, offering the mode to undo, and none when headlines were off", () => {
    const { store, service } = setup();
    service.subscribe(alice, { mode: "daily" });
    service.follow(alice, "Zangezur corridor");
    const stopped = service.unsubscribe(alice.chatId);
    expect(stopped.undo).toBe("daily");
    expect(stopped.follows.map((follow) => follow.query)).toEqual(["Zangezur corridor"]);
    expect(store.subscribers.get(alice.chatId)?.mode).toBe("off");
    expect(service.unsubscribe(alice.chatId).undo).toBeNull();
    expect(service.unfollowAll(alice.chatId).map((follow) => follow.query)).toEqual(["Zangezur corridor"]);
    expect(service.follows(alice.chatId)).toEqual([]);
  });

  it("refuses follows of stopwords, of words in most of the corpus, too long, or past the limit", () => {
    const { service } = setup({ maxFollows: 2, maxFollowLength: 30 });
    expect(service.follow(alice, "the")).toEqual({ kind: "stopwords", words: ["the"] });
    expect(service.follow(alice, "the Azerbaijan")).toEqual({ kind: "common", words: ["Azerbaijan"] });
    expect(service.follow(alice, "a story of many more words than thirty")).toEqual({ kind: "tooLong", max: 30 });
    expect(service.follow(alice, "Zangezur").kind).toBe("added");
    expect(service.follow(alice, "corridor").kind).toBe("added");
    expect(service.follow(alice, "Lachin")).toEqual({ kind: "limit", max: 2 });
    // The same words again are the follow the chat has, not a third one.
    expect(service.follow(alice, "Zangezur").kind).toBe("added");
    expect(service.follows(alice.chatId)).toHaveLength(2);
  });

  it("drops one follow once, saying which", () => {
    const { service } = setup();
    const added = service.follow(alice, "Zangezur");
    if (added.kind !== "added") throw new Error("the follow was refused");
    expect(service.unfollow(alice.chatId, added.follow.id)?.query).toBe("Zangezur");
    expect(service.unfollow(alice.chatId, added.follow.id)).toBeNull();
  });

  it("brings back a reader who had blocked the bot, and only such a reader", () => {
    const { store, service } = setup();
    expect(service.reactivate(alice)).toBe(false);
    service.subscribe(alice, { mode: "instant" });
    expect(service.reactivate(alice)).toBe(false);
    store.subscribers.deactivate(alice.chatId);
    expect(service.reactivate(alice)).toBe(true);
    expect(store.subscribers.get(alice.chatId)).toMatchObject({ active: true, mode: "instant" });
  });

  it("makes a blocked chat that changes a setting active again", () => {
    const { store, service } = setup();
    service.subscribe(alice, { mode: "instant" });
    store.subscribers.deactivate(alice.chatId);
    expect(service.setQuiet(alice, { start: 23 * 60, end: 7 * 60 })).toMatchObject({ active: true, quiet: { start: 1380, end: 420 } });
  });

  it("moves a group's subscription and follows to its supergroup, and ignores a group it never knew", () => {
    const { store, service } = setup();
    const group = { chatId: -4001, threadId: null, chatType: "group" as const };
    service.subscribe(group, { mode: "instant" });
    service.follow(group, "Zangezur");
    expect(service.migrate(group.chatId, -1004001)).toBe(true);
    expect(store.subscribers.get(-1004001)).toMatchObject({ mode: "instant", chatType: "supergroup" });
    expect(service.follows(-1004001).map((follow) => follow.query)).toEqual(["Zangezur"]);
    expect(service.migrate(-4002, -1004002)).toBe(false);
    expect(store.subscribers.get(-1004002)).toBeNull();
  });
});
