import { describe, expect, it } from "vitest";
import { connectionError, describeDatabase, safeMessage } from "../../src/instances/database-url.js";

const URL_WITH_PASSWORD = "postgres://newsdesk:p%40ss-w0rd@db.internal:5432/newsdesk?sslmode=require";

describe("a database URL in logs and errors", () => {
  it("is named with its user part and query values masked", () => {
    expect(describeDatabase(URL_WITH_PASSWORD)).toBe("postgres://***@db.internal:5432/newsdesk?sslmode=***");
  });

  it("keeps its password, as written or decoded, out of a driver's message", () => {
    const message = `connect failed for ${URL_WITH_PASSWORD} - password "p@ss-w0rd" refused (p%40ss-w0rd)`;
    const safe = safeMessage(new Error(message), URL_WITH_PASSWORD);
    expect(safe).toBe('connect failed for postgres://***@db.internal:5432/newsdesk?sslmode=*** - password "***" refused (***)');
  });

  it("gives an error that names what failed and where, and keeps the driver's code", () => {
    const driver = Object.assign(new Error("connect ECONNREFUSED 10.0.0.5:5432"), { code: "ECONNREFUSED" });
    const error = connectionError("could not open the leadership lock's connection", driver, URL_WITH_PASSWORD);
    expect(error.message).toBe("could not open the leadership lock's connection (PostgreSQL at postgres://***@db.internal:5432/newsdesk?sslmode=***): connect ECONNREFUSED 10.0.0.5:5432");
    expect(error.code).toBe("ECONNREFUSED");
    expect(error.cause).toBeUndefined();
  });
});
