import { describe, expect, it } from "vitest";
import { createAppLanguages } from "../../src/app/languages.js";
import type { Store } from "../../src/store/types.js";
import { openMemoryStore } from "../store/fixtures/open-store.js";

/** A store whose chat-language reads (one chat's, or every chat's) are counted. */
function countingStore() {
  const store = openMemoryStore(() => Date.parse("2026-12-01T12:00:00Z"));
  const reads = { count: 0 };
  const real = store.chatLanguages;
  const counted: Store = {
    ...store,
    chatLanguages: {
      get: (chatId) => (reads.count++, real.get(chatId)),
      all: () => (reads.count++, real.all()),
      set: real.set,
    },
  };
  return { store: counted, reads };
}

describe("the app's chat languages", () => {
  it("read a chat's language from the store once, and the store's verdict after each set", async () => {
    const { store, reads } = countingStore();
    const languages = createAppLanguages(() => store);
    await languages.chatLanguages.set(7, "ru", "seen");
    for (let i = 0; i < 5; i++) expect(languages.deliveryTextsOf(7).locale).toBe("ru-RU");
    expect(await languages.chatLanguages.get(7)).toEqual({ language: "ru", chosen: false });
    expect(reads.count).toBe(1);

    // The store keeps a chosen language against a seen one: the copy shows what the store decided.
    await languages.chatLanguages.set(7, "az", "chosen");
    await languages.chatLanguages.set(7, "en", "seen");
    expect(await languages.chatLanguages.get(7)).toEqual({ language: "az", chosen: true });
    expect(languages.deliveryTextsOf(7).locale).toBe("az-Latn-AZ");
    expect(reads.count).toBe(3);
  });

  it("ask the store again for a chat they have no language for, as a group's migration may bring one", async () => {
    const { store, reads } = countingStore();
    const languages = createAppLanguages(() => store);
    expect(await languages.chatLanguages.get(9)).toBeNull();
    await store.chatLanguages.set(9, "az", "seen");
    expect(await languages.chatLanguages.get(9)).toEqual({ language: "az", chosen: false });
    expect(languages.deliveryTextsOf(9).locale).toBe("az-Latn-AZ");
    expect(reads.count).toBe(2);
  });

  it("load every chat's language at once, and then read none from the store to word a queued message", async () => {
    const { store, reads } = countingStore();
    await store.chatLanguages.set(5, "ru", "chosen");
    await store.chatLanguages.set(6, "az", "seen");
    const languages = createAppLanguages(() => store);
    await languages.chatLanguages.load();
    expect([5, 6, 7].map((chatId) => languages.deliveryTextsOf(chatId).locale)).toEqual(["ru-RU", "az-Latn-AZ", "en-GB"]);
    expect(await languages.chatLanguages.get(5)).toEqual({ language: "ru", chosen: true });
    // Chat 7 has no row: it is looked for once (a supergroup's row may have moved to it), then known to have none.
    expect(reads.count).toBe(2);
    for (let i = 0; i < 3; i++) expect(languages.deliveryTextsOf(7).locale).toBe("en-GB");
    expect(reads.count).toBe(2);
  });

  it("find, for its next messages, the language a chat's row brought after the load (a group become a supergroup)", async () => {
    const { store, reads } = countingStore();
    const languages = createAppLanguages(() => store);
    await languages.chatLanguages.load();
    await store.chatLanguages.set(-1001, "ru", "seen");
    expect(languages.deliveryTextsOf(-1001).locale).toBe("en-GB");
    await new Promise((resolve) => setImmediate(resolve));
    expect(languages.deliveryTextsOf(-1001).locale).toBe("ru-RU");
    expect(reads.count).toBe(2);
  });
});
