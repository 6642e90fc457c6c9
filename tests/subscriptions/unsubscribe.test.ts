import { describe, expect, it } from "vitest";
import type { Subscriber } from "../../src/core/subscribers.js";
import { parseUndoMode, undoModeOf } from "../../src/subscriptions/unsubscribe.js";

const subscriber = (mode: Subscriber["mode"]): Subscriber => ({
  chatId: 1,
  threadId: null,
  chatType: "private",
  mode,
  digestMinutes: 480,
  timezone: "Asia/Baku",
  quiet: null,
  active: true,
  lastDigestAt: null,
  createdAt: 0,
  updatedAt: 0,
});

describe("what the undo of /unsubscribe brings back", () => {
  it("brings back the mode the chat had, and nothing when headlines were off already", () => {
    expect(undoModeOf(subscriber("instant"))).toBe("instant");
    expect(undoModeOf(subscriber("daily"))).toBe("daily");
    expect(undoModeOf(subscriber("off"))).toBeNull();
    expect(undoModeOf(null)).toBeNull();
  });

  it("reads back only the modes an undo button can carry", () => {
    expect(["instant", "daily", "off", "none", "weekly"].map(parseUndoMode)).toEqual(["instant", "daily", null, null, null]);
  });
});
