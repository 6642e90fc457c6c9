import { describe, expect, it } from "vitest";
import { TelegramError } from "telegraf";
import { telegramRetryAfter } from "../../../src/bot/telegram/retry-after.js";

describe("a 429 from Telegraf", () => {
  it("gives its retry_after, and other errors give none", () => {
    const tooMany = new TelegramError({ error_code: 429, description: "Too Many Requests: retry after 3", parameters: { retry_after: 3 } });
    const refused = new TelegramError({ error_code: 403, description: "Forbidden: bot was blocked by the user" });
    expect(telegramRetryAfter(tooMany)).toBe(3);
    expect(telegramRetryAfter(refused)).toBeNull();
    expect(telegramRetryAfter(new Error("socket hang up"))).toBeNull();
  });
});
