import { describe, expect, it } from "vitest";
import { clip, clipUtf16 } from "../../../src/bot/format/clip.js";

describe("clipping text", () => {
  it("clip counts characters, so an emoji is never cut in half", () => {
    expect(clip("Power line", 20)).toBe("Power line");
    expect(clip("Black Sea power cable", 10)).toBe("Black Sea…");
    expect(clip("🔌🔌🔌🔌", 3)).toBe("🔌🔌…");
  });

  it("clipUtf16 fits a limit counted as Telegram counts alerts, where an emoji takes two", () => {
    const text = "🔌".repeat(150);
    const clipped = clipUtf16(text, 200);
    expect(clipped.length).toBeLessThanOrEqual(200);
    expect(clipped).toBe("🔌".repeat(99) + "…");
    expect(clipUtf16("Cost and timeline", 200)).toBe("Cost and timeline");
  });
});
