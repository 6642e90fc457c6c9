import { describe, expect, it } from "vitest";
import type { OutboxDraft } from "../../src/store/types.js";
import { EARLIER_HEADLINES, JAPAN } from "./fixtures/headlines.js";
import { BACKENDS } from "./support/backends.js";

const alice = { chatId: 1001, threadId: null, chatType: "private" as const };
const push = (itemId: number): OutboxDraft => ({
  chatId: alice.chatId,
  threadId: null,
  purpose: "push",
  subject: String(itemId),
  itemId,
  text: "<b>Japan</b>",
  buttons: [],
  notBefore: 0,
});

describe.each(BACKENDS)("a transaction on %s", (_backend, open) => {
  it("lands every write of a fan-out together, and its parts see their own writes", async () => {
    const store = await open(() => 1000);
    await store.items.record("corpus", EARLIER_HEADLINES);
    const queued = await store.transaction(async (tx) => {
      await tx.subscribers.upsert(alice, { mode: "instant" });
      const [fresh] = await tx.items.record("corpus", [JAPAN]);
      expect(await tx.items.get(fresh!.id)).toMatchObject({ title: JAPAN.title });
      return tx.outbox.enqueue([push(fresh!.id)]);
    });
    expect(queued).toBe(1);
    expect((await store.subscribers.get(alice.chatId))?.mode).toBe("instant");
    expect((await store.outbox.list()).map((row) => row.text)).toEqual(["<b>Japan</b>"]);
  });

  it("rolls back, leaving nothing, when its function throws", async () => {
    const store = await open(() => 1000);
    await store.items.record("corpus", EARLIER_HEADLINES);
    await expect(
      store.transaction(async (tx) => {
        await tx.subscribers.upsert(alice, { mode: "instant" });
        await tx.follows.add(alice, "Zangezur corridor");
        const [fresh] = await tx.items.record("corpus", [JAPAN]);
        await tx.outbox.enqueue([push(fresh!.id)]);
        await tx.chatLanguages.set(alice.chatId, "ru", "chosen");
        throw new Error("the sender's view of the chat failed");
      }),
    ).rejects.toThrow("the sender's view of the chat failed");
    expect(await store.subscribers.get(alice.chatId)).toBeNull();
    expect(await store.follows.list(alice.chatId)).toEqual([]);
    expect(await store.outbox.list()).toEqual([]);
    expect(await store.chatLanguages.get(alice.chatId)).toBeNull();
    expect(await store.items.listSeenBetween(0, 2000, 10)).toEqual([]);
    // The story was never recorded: the next poll finds it new.
    expect((await store.items.record("corpus", [JAPAN])).map((item) => item.title)).toEqual([JAPAN.title]);
  });
});
