import { describe, expect, it } from "vitest";
import { TelegramError } from "telegraf";
import { classifyPollFault } from "../../../src/bot/updates/poll-fault.js";

const fetchError = (type: string, code?: string, message = "request failed") =>
  Object.assign(new Error(message), { name: "FetchError", type, ...(code ? { code } : {}) });

describe("polling faults", () => {
  it("names each kind, with Telegram's retry_after for a 429", () => {
    expect(classifyPollFault(new TelegramError({ error_code: 502, description: "Bad Gateway" }), false)).toMatchObject({ kind: "5xx", fatal: false });
    expect(
      classifyPollFault(new TelegramError({ error_code: 429, description: "Too Many Requests", parameters: { retry_after: 7 } }), false),
    ).toEqual({ kind: "429", retryAfterSeconds: 7, fatal: false });
    expect(classifyPollFault(fetchError("invalid-json"), false).kind).toBe("bad JSON");
    expect(classifyPollFault(fetchError("system", "ECONNRESET"), false).kind).toBe("dropped socket");
    expect(classifyPollFault(fetchError("system", undefined, "socket hang up"), false).kind).toBe("dropped socket");
    expect(classifyPollFault(fetchError("system", "ECONNREFUSED"), false).kind).toBe("network");
    expect(classifyPollFault(new Error("The operation was aborted."), true).kind).toBe("overdue");
    expect(classifyPollFault(new TypeError("x is undefined"), false).kind).toBe("unexpected");
  });

  it("stops on the refusals polling cannot get past", () => {
    for (const code of [401, 404, 409]) {
      expect(classifyPollFault(new TelegramError({ error_code: code, description: "no" }), false)).toEqual({ kind: "refused", code, fatal: true });
    }
  });
});
