import { createServer, type AddressInfo } from "node:net";
import pg from "pg";
import { afterEach, describe, expect, it } from "vitest";
import { silentLogger, type Logger } from "../../src/log/logger.js";
import { createPostgresLeadership, type Leadership, type PostgresLeadershipOptions } from "../../src/instances/leadership.js";
import { newPostgresDatabase } from "../support/postgres.js";
import { waitUntil } from "../delivery/helpers/wait-until.js";
import { recordingLogger } from "./helpers/recording-logger.js";
import { startTcpProxy } from "../support/tcp-proxy.js";

/** Short periods, so that each take-over is quick; the defaults (2 s, 3 s) are the same code with longer waits. */
const QUICK = { retryMs: 100, heartbeatMs: 200, heartbeatTimeoutMs: 1_000 };

const cleanups: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** A leadership that records every change it tells, in its own list and in a timeline shared by the test. */
function instance(url: string, instanceId: string, timeline: string[], options: Partial<PostgresLeadershipOptions> = {}) {
  const leadership = createPostgresLeadership({ url, instanceId, logger: silentLogger, ...QUICK, ...options });
  const told: boolean[] = [];
  leadership.onChange((leading) => {
    told.push(leading);
    timeline.push(`${instanceId}:${leading ? "leads" : "steps down"}`);
  });
  cleanups.push(() => leadership.stop());
  return Object.assign(leadership, { told });
}

async function sql<T>(url: string, text: string, values: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(text, values)).rows as T[];
  } finally {
    await client.end();
  }
}

const leaders = (...all: Leadership[]) => all.filter((one) => one.isLeader()).map((one) => one.instanceId);

async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

describe("one leader among the instances on one database", () => {
  it("lets exactly one of two lead, and either names it", async () => {
    const url = newPostgresDatabase();
    const timeline: string[] = [];
    const a = instance(url, "host-a:101:aaaaaa", timeline);
    const b = instance(url, "host-b:202:bbbbbb", timeline);
    await Promise.all([a.start(), b.start()]);
    expect(leaders(a, b)).toHaveLength(1);
    const [leading] = leaders(a, b);
    expect(await a.leader()).toBe(leading);
    expect(await b.leader()).toBe(leading);
    expect(timeline).toEqual([`${leading}:leads`]);
  });

  it("hands the lead to the standby when the leader stops, each change told once", async () => {
    const url = newPostgresDatabase();
    const timeline: string[] = [];
    const a = instance(url, "host-a:101:aaaaaa", timeline);
    await a.start();
    const b = instance(url, "host-b:202:bbbbbb", timeline);
    await b.start();
    expect([a.isLeader(), b.isLeader()]).toEqual([true, false]);

    await a.stop();
    expect(a.isLeader()).toBe(false);
    await waitUntil(() => b.isLeader(), "the standby to lead", 5_000);
    expect(await b.leader()).toBe("host-b:202:bbbbbb");
    expect(a.told).toEqual([true, false]);
    expect(b.told).toEqual([true]);
    expect(timeline).toEqual(["host-a:101:aaaaaa:leads", "host-a:101:aaaaaa:steps down", "host-b:202:bbbbbb:leads"]);
  });

  it("steps down at once when its lock's connection is terminated, lets the standby lead, and competes again", async () => {
    const url = newPostgresDatabase();
    const timeline: string[] = [];
    // The terminated one waits longer before it reconnects, so that the standby is the one that takes over.
    const a = instance(url, "host-a:101:aaaaaa", timeline, { retryMs: 1_500 });
    await a.start();
    const b = instance(url, "host-b:202:bbbbbb", timeline);
    await b.start();
    expect(await b.leader()).toBe("host-a:101:aaaaaa");

    const terminated = await sql<{ done: boolean }>(url, "SELECT pg_terminate_backend(pid) AS done FROM pg_stat_activity WHERE application_name = $1", ["host-a:101:aaaaaa"]);
    expect(terminated).toEqual([{ done: true }]);
    await waitUntil(() => b.isLeader(), "the standby to take over", 5_000);
    expect(timeline).toEqual(["host-a:101:aaaaaa:leads", "host-a:101:aaaaaa:steps down", "host-b:202:bbbbbb:leads"]);

    // The one that lost its connection is a standby again: once the new leader goes, it leads.
    await b.stop();
    await waitUntil(() => a.isLeader(), "the first instance to lead again", 10_000);
    expect(a.told).toEqual([true, false, true]);
    expect(await a.leader()).toBe("host-a:101:aaaaaa");
  });

  it("steps down when its heartbeat gets no answer, before the standby can take the lock", async () => {
    const url = newPostgresDatabase();
    const server = new URL(url);
    const proxy = await startTcpProxy({ host: server.hostname, port: Number(server.port) });
    cleanups.push(() => proxy.close());
    const throughProxy = Object.assign(new URL(url), { port: String(proxy.port) }).href;
    const timeline: string[] = [];
    const a = instance(throughProxy, "host-a:101:aaaaaa", timeline, { retryMs: 10_000 });
    await a.start();
    const b = instance(url, "host-b:202:bbbbbb", timeline);
    await b.start();
    expect([a.isLeader(), b.isLeader()]).toEqual([true, false]);

    proxy.freeze();
    await waitUntil(() => b.isLeader(), "the standby to take over", 10_000);
    expect(a.isLeader()).toBe(false);
    expect(timeline).toEqual(["host-a:101:aaaaaa:leads", "host-a:101:aaaaaa:steps down", "host-b:202:bbbbbb:leads"]);
  });

  it("refuses to start on an unreachable database, naming it without its password", async () => {
    const url = `postgres://newsdesk:s3cret-pass@127.0.0.1:${await closedPort()}/newsdesk`;
    const logger = recordingLogger();
    const leadership = createPostgresLeadership({ url, instanceId: "host-a:101:aaaaaa", logger: logger as Logger, ...QUICK });
    const failure = await leadership.start().then(
      () => null,
      (error: Error) => error,
    );
    expect(failure?.message).toMatch(/^could not open the leadership lock's connection \(PostgreSQL at postgres:\/\/\*\*\*@127\.0\.0\.1:\d+\/newsdesk\): .*ECONNREFUSED/);
    expect((failure as Error & { code?: string }).code).toBe("ECONNREFUSED");
    const asked = await leadership.leader().then(
      () => null,
      (error: Error) => error,
    );
    expect(asked?.message).toMatch(/^could not ask which instance leads \(PostgreSQL at postgres:\/\/\*\*\*@/);
    expect(leadership.isLeader()).toBe(false);
    expect(JSON.stringify([failure?.message, asked?.message, logger.lines])).not.toContain("s3cret");
  });

  it("refuses an instance id that application_name would change", () => {
    expect(() => createPostgresLeadership({ url: "postgres://127.0.0.1/x", instanceId: "hôte:1:abc", logger: silentLogger })).toThrow(/printable ASCII/);
    expect(() => createPostgresLeadership({ url: "postgres://127.0.0.1/x", instanceId: "h".repeat(64), logger: silentLogger })).toThrow(/1 to 63/);
  });
});
