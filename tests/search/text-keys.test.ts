import { describe, expect, it } from "vitest";
import { createTextKeys } from "../../src/search/text-keys.js";

describe("a passage's text key", () => {
  it("is the same for the same text however it is spaced or cased, and differs for another text", () => {
    const keyOf = createTextKeys(10);
    const reprint = keyOf(1, () => "s:Mounting tensions\u0000Iran  held\ndrills.");
    expect(keyOf(2, () => "s:mounting TENSIONS\u0000Iran held drills.")).toBe(reprint);
    expect(keyOf(3, () => "s:Mounting tensions\u0000Iran held two drills.")).not.toBe(reprint);
    expect(keyOf(4, () => "s:Mounting\u0000tensions Iran held drills.")).not.toBe(reprint);
  });

  it("is worked out once for a passage while it is kept, and again once the keys kept are cleared", () => {
    const keyOf = createTextKeys(2);
    let reads = 0;
    const text = () => {
      reads++;
      return "h:Germany slams Russian plans";
    };
    keyOf(1, text);
    keyOf(1, text);
    expect(reads).toBe(1);
    keyOf(2, () => "h:other");
    keyOf(3, () => "h:another");
    keyOf(1, text);
    expect(reads).toBe(2);
  });
});
