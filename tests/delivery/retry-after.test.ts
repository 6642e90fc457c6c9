import { describe, expect, it } from "vitest";
import { TelegramError } from "telegraf";
import { telegramRetryAfter } from "../../src/bot/telegram/retry-after.js";
import { retryAfterSeconds } from "../../src/delivery/retry-after.js";

describe("a 429's wait", () => {
  it("is retry_after, at least a second, and nothing for other answers", () => {
    expect(retryAfterSeconds({ error_code: 429, parameters: { retry_after: 7 } })).toBe(7);
    expect(retryAfterSeconds({ error_code: 429, parameters: { retry_after: 0 } })).toBe(1);
    expect(retryAfterSeconds({ error_code: 429 })).toBe(1);
    expect(retryAfterSeconds({ error_code: 400, parameters: { retry_after: 7 } })).toBeNull();
  });

  it("is read the same from Telegraf's errors, and other errors have none", () => {
    const tooMany = new TelegramError({ error_code: 429, description: "Too Many Requests: retry after 3", parameters: { retry_after: 3 } });
    const refused = new TelegramError({ error_code: 403, description: "Forbidden: bot was blocked by the user" });
    expect(telegramRetryAfter(tooMany)).toBe(3);
    expect(telegramRetryAfter(refused)).toBeNull();
    expect(telegramRetryAfter(new Error("socket hang up"))).toBeNull();
  });
});
