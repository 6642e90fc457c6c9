import { describe, expect, it } from "vitest";
import { createConsoleAccess, LINK_TTL_MS, SESSION_TTL_MS } from "../../src/console/access.js";

describe("the console's login links and sessions", () => {
  it("opens one session per link, and the link never again", () => {
    const access = createConsoleAccess(() => 0);
    const token = access.issueToken();
    const session = access.redeem(token);
    expect(session).not.toBeNull();
    expect(access.hasSession(session!)).toBe(true);
    expect(access.redeem(token)).toBeNull();
    expect(access.hasSession(token)).toBe(false);
    expect(access.hasSession(undefined)).toBe(false);
  });

  it("refuses a link after 10 minutes, and a session after 12 hours", () => {
    let now = 0;
    const access = createConsoleAccess(() => now);
    const late = access.issueToken();
    const session = access.redeem(access.issueToken())!;
    now = LINK_TTL_MS;
    expect(access.redeem(late)).toBeNull();
    expect(access.hasSession(session)).toBe(true);
    now = SESSION_TTL_MS;
    expect(access.hasSession(session)).toBe(false);
  });
});
