import { describe, expect, it } from "vitest";
import { retryAfterSeconds } from "../../src/delivery/retry-after.js";

describe("a 429's wait", () => {
  it("is retry_after, at least a second, and nothing for other answers", () => {
    expect(retryAfterSeconds({ error_code: 429, parameters: { retry_after: 7 } })).toBe(7);
    expect(retryAfterSeconds({ error_code: 429, parameters: { retry_after: 0 } })).toBe(1);
    expect(retryAfterSeconds({ error_code: 429 })).toBe(1);
    expect(retryAfterSeconds({ error_code: 400, parameters: { retry_after: 7 } })).toBeNull();
  });
});
