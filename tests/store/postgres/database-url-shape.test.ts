import { describe, expect, it } from "vitest";
import { DatabaseUrlError, parseDatabaseUrl } from "../../../src/store/postgres/pool.js";

const PASSWORD = "s3cret-Pa55word";

/** The error parseDatabaseUrl throws for `url`. */
function failure(url: string): Error {
  try {
    parseDatabaseUrl(url);
  } catch (error) {
    return error as Error;
  }
  throw new Error(`${url} was taken`);
}

describe("DATABASE_URL's shape, checked before the driver sees it", () => {
  it.each([
    ["the scheme's slashes missing", `postgres:newsdesk:${PASSWORD}@127.0.0.1/newsdesk`],
    ["one slash of the scheme missing", `postgresql:/newsdesk:${PASSWORD}@127.0.0.1/newsdesk`],
    ["no host", `postgres://newsdesk:${PASSWORD}@/newsdesk`],
    ["another database's scheme", `mysql://newsdesk:${PASSWORD}@127.0.0.1/newsdesk`],
  ])("refuses a URL with %s, naming DATABASE_URL and not the password", (_, url) => {
    const error = failure(url);
    expect(error).toBeInstanceOf(DatabaseUrlError);
    expect(error.message).toMatch(/^DATABASE_URL /);
    expect(error.message).not.toContain(PASSWORD);
  });

  it("takes a PostgreSQL URL with a host", () => {
    expect(parseDatabaseUrl(`postgresql://newsdesk:${PASSWORD}@db.internal:5432/newsdesk`).hostname).toBe("db.internal");
  });
});
