import type { InlineKeyboardMarkup } from "telegraf/types";
import { SUBSCRIPTION_TEXTS } from "../../support/texts.js";

const B = SUBSCRIPTION_TEXTS.buttons;
import { describe, expect, it } from "vitest";
import { outboxButton } from "../../../src/bot/keyboards/explain-button.js";
import { digestHourKeyboard, followsKeyboard, quietKeyboard, settingsKeyboard, zoneKeyboard } from "../../../src/bot/keyboards/settings-keyboards.js";
import { dropFollowData, explainData, idKey, keyId } from "../../../src/bot/keyboards/subscription-data.js";

const allData = (markup: InlineKeyboardMarkup) =>
  markup.inline_keyboard.flat().map((button) => ("callback_data" in button ? button.callback_data : ""));

describe("subscription buttons", () => {
  it("carry store ids far past a million in callback data under 64 bytes, and read them back", () => {
    const biggest = Number.MAX_SAFE_INTEGER;
    const explain = outboxButton(SUBSCRIPTION_TEXTS.buttons, { kind: "explain", itemId: biggest });
    expect(Buffer.byteLength(explain.callback_data)).toBeLessThan(64);
    expect(keyId(explainData.decode(explain.callback_data)!.item)).toBe(biggest);
    expect(keyId(idKey(1_234_567))).toBe(1_234_567);
    expect(["", "ABC", "-1", "zzzzzzzzzzzz"].map(keyId)).toEqual([null, null, null, null]);
  });

  it("keep every keyboard's data under 64 bytes", () => {
    const follows = [{ id: Number.MAX_SAFE_INTEGER, chatId: -1001234567890, query: "a".repeat(100), createdAt: 0 }];
    const data = [
      ...allData(settingsKeyboard(B, null)),
      ...allData(digestHourKeyboard(B, 420)),
      ...allData(zoneKeyboard(B, "Asia/Baku", true)),
      ...allData(quietKeyboard(B, { start: 1380, end: 420 }, true)),
      ...allData(followsKeyboard(B, follows, "s")),
    ];
    expect(data.filter((d) => d === "" || Buffer.byteLength(d) >= 64)).toEqual([]);
    expect(dropFollowData.decode(data.at(-2)!)).toEqual({ follow: idKey(Number.MAX_SAFE_INTEGER), view: "s" });
  });
});
