import { describe, expect, it } from "vitest";
import { BACKENDS } from "./support/backends.js";

const T0 = Date.parse("2023-03-28T08:00:00Z");

describe.each(BACKENDS)("telegram holds on %s", (_backend, open) => {
  it("keeps a window until its end, the later end when held twice, and forgets ended ones", async () => {
    const store = await open(() => T0);
    const holds = store.telegramHolds;
    expect(await holds.heldUntil("bot", T0)).toBeNull();
    await holds.hold("bot", T0 + 60_000, T0);
    await holds.hold("bot", T0 + 10_000, T0);
    expect(await holds.heldUntil("bot", T0)).toBe(T0 + 60_000);
    expect(await holds.heldUntil("chat:1001", T0)).toBeNull();
    expect(await holds.heldUntil("bot", T0 + 60_000)).toBeNull();
    await holds.hold("chat:1001", T0 + 70_000, T0 + 61_000);
    expect(await holds.heldUntil("chat:1001", T0 + 61_000)).toBe(T0 + 70_000);
    expect(await holds.active(T0 + 61_000)).toEqual(new Map([["chat:1001", T0 + 70_000]]));
  });
});
