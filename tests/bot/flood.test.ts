import { describe, expect, it } from "vitest";
import { BOT_DEFAULTS } from "../../src/bot/defaults.js";
import { TEXTS } from "../support/texts.js";
import { refusedCalls, startHarness } from "./helpers/harness.js";

describe("flood control", () => {
  it("answers 10 questions in 30 s, says slow down once, then nothing until the window passes", async () => {
    let now = Date.UTC(2023, 2, 28, 9, 0);
    const h = await startHarness({ now: () => now });
    try {
      const alice = h.emu.user();
      const bob = h.emu.user();
      for (let i = 0; i < 14; i++) alice.send("Zangezur corridor");
      bob.send("Zangezur corridor");
      await h.emu.waitForMessages(alice.id, 11);
      await h.emu.idle();
      const texts = h.emu.messages(alice.id).map((m) => h.emu.renderedText(m));
      const slowDown = TEXTS.slowDown(BOT_DEFAULTS.floodWindowMs / 1000);
      expect(texts.filter((t) => t === slowDown)).toHaveLength(1);
      expect(texts.filter((t) => t.startsWith("Mounting tensions"))).toHaveLength(10);
      expect(texts).toHaveLength(11);
      // Another chat is not held back by Alice's flood.
      expect(h.emu.messages(bob.id)).toHaveLength(1);

      now += BOT_DEFAULTS.floodWindowMs - 1;
      alice.send("Still flooding?");
      await h.emu.idle();
      expect(h.emu.messages(alice.id)).toHaveLength(11);

      now += 1;
      alice.send("Why did Azerbaijan detain 19 people?");
      const answered = await h.emu.waitForMessages(alice.id, 12);
      expect(h.emu.renderedText(answered[11]!).split("\n")[0]).toBe("Azerbaijan’s response to Iranian assertiveness");
      expect(refusedCalls(h.emu)).toEqual([]);
    } finally {
      await h.stop();
    }
  });
});
