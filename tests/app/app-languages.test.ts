import { describe, expect, it } from "vitest";
import { createAppLanguages } from "../../src/app/languages.js";
import type { Store } from "../../src/store/types.js";
import { openMemoryStore } from "../store/fixtures/open-store.js";

/** A store whose chat-language reads are counted. */
function countingStore() {
  const store = openMemoryStore(() => Date.parse("2026-12-01T12:00:00Z"));
  const reads = { count: 0 };
  const real = store.chatLanguages;
  const counted: Store = {
    ...store,
    chatLanguages: { get: (chatId) => (reads.count++, real.get(chatId)), set: real.set },
  };
  return { store: counted, reads };
}

describe("the app's chat languages", () => {
  it("read a chat's language from the store once, and its verdict again after a set", () => {
    const { store, reads } = countingStore();
    const languages = createAppLanguages(() => store);
    languages.chatLanguages.set(7, "ru", "seen");
    for (let i = 0; i < 5; i++) expect(languages.deliveryTextsOf(7).locale).toBe("ru-RU");
    expect(reads.count).toBe(1);

    // The store keeps a chosen language against a seen one: the cache shows what the store decided.
    languages.chatLanguages.set(7, "az", "chosen");
    languages.chatLanguages.set(7, "en", "seen");
    expect(languages.chatLanguages.get(7)).toEqual({ language: "az", chosen: true });
    expect(reads.count).toBe(2);
  });

  it("ask the store again for a chat it has no language for, as a group's migration may bring one", () => {
    const { store, reads } = countingStore();
    const languages = createAppLanguages(() => store);
    expect(languages.deliveryTextsOf(9).locale).toBe("en-GB");
    store.chatLanguages.set(9, "az", "seen");
    expect(languages.deliveryTextsOf(9).locale).toBe("az-Latn-AZ");
    expect(reads.count).toBe(2);
  });
});
