import { createServer } from "node:net";
import pg from "pg";
import { afterEach, describe, expect, it } from "vitest";
import { silentLogger, type Logger } from "../../../src/log/logger.js";
import { createPostgresStore } from "../../../src/store/postgres/postgres-store.js";
import type { Store } from "../../../src/store/types.js";
import { newPostgresDatabase } from "../../support/postgres.js";
import { SITE_ZONE } from "../fixtures/open-store.js";

const PASSWORD = "s3cret-Pa55word";
const opened: Store[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((store) => store.close()));
});

const open = async (url: string, logger: Logger = silentLogger) => {
  const store = await createPostgresStore({ url, siteTimezone: SITE_ZONE, logger, now: () => 1000, poolSize: 2 });
  opened.push(store);
  return store;
};

/** A port nothing listens on: one the system just handed out and took back. */
async function closedPort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** The error `open` fails with, for its message. */
const failure = (url: string) => open(url).then(() => new Error("opened"), (error: unknown) => error as Error);

describe("DATABASE_URL", () => {
  it("malformed or not PostgreSQL's stops the start, naming the variable", async () => {
    expect((await failure("not a url")).message).toMatch(/^DATABASE_URL is not a URL/);
    expect((await failure(`mysql://newsdesk:${PASSWORD}@127.0.0.1/newsdesk`)).message).toMatch(/^DATABASE_URL must start with postgres:\/\//);
    expect((await failure(`mysql://newsdesk:${PASSWORD}@127.0.0.1/newsdesk`)).message).not.toContain(PASSWORD);
  });

  it("unreachable stops the start naming the variable and where it points, never the password", async () => {
    const port = await closedPort();
    const error = await failure(`postgres://newsdesk:${PASSWORD}@127.0.0.1:${port}/newsdesk`);
    expect(error.message).toContain(`DATABASE_URL postgres://***@127.0.0.1:${port}/newsdesk: cannot connect to PostgreSQL`);
    expect(error.message).not.toContain(PASSWORD);
  });

  it("a connection lost while idle is logged without the password, and the next call opens another", async () => {
    // The test server trusts loopback connections: the password is carried, and ignored.
    const withPassword = new URL(newPostgresDatabase());
    withPassword.password = PASSWORD;
    const url = withPassword.toString();
    const lines: string[] = [];
    let lost!: () => void;
    const logged = new Promise<void>((resolve) => (lost = resolve));
    const logger: Logger = {
      ...silentLogger,
      error: (fields, message) => {
        lines.push(JSON.stringify({ ...fields, message }));
        lost();
      },
    };
    const store = await open(url, logger);
    await store.subscribers.upsert({ chatId: 1001, threadId: null, chatType: "private" });
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    try {
      await admin.query("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()");
    } finally {
      await admin.end();
    }
    await logged;
    expect(lines.join("\n")).toContain("PostgreSQL connection lost");
    expect(lines.join("\n")).not.toContain(PASSWORD);
    expect((await store.subscribers.get(1001))?.chatId).toBe(1001);
  });
});
