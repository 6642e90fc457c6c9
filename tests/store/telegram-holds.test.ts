import { describe, expect, it } from "vitest";
import { openMemoryStore } from "./fixtures/open-store.js";

const T0 = Date.parse("2023-03-28T08:00:00Z");

describe("telegram holds", () => {
  it("keeps a window until its end, the later end when held twice, and forgets ended ones", () => {
    const store = openMemoryStore(() => T0);
    const holds = store.telegramHolds;
    expect(holds.heldUntil("bot", T0)).toBeNull();
    holds.hold("bot", T0 + 60_000, T0);
    holds.hold("bot", T0 + 10_000, T0);
    expect(holds.heldUntil("bot", T0)).toBe(T0 + 60_000);
    expect(holds.heldUntil("chat:1001", T0)).toBeNull();
    expect(holds.heldUntil("bot", T0 + 60_000)).toBeNull();
    holds.hold("chat:1001", T0 + 70_000, T0 + 61_000);
    expect(holds.heldUntil("chat:1001", T0 + 61_000)).toBe(T0 + 70_000);
    expect(holds.active(T0 + 61_000)).toEqual(new Map([["chat:1001", T0 + 70_000]]));
    store.close();
  });
});
