import { spawn } from "node:child_process";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { silentLogger } from "../../src/log/logger.js";
import { createPostgresLeadership } from "../../src/instances/leadership.js";
import { newPostgresDatabase } from "../support/postgres.js";
import { waitUntil } from "../delivery/helpers/wait-until.js";

const REPO = join(import.meta.dirname, "..", "..");
const CHILD = join(import.meta.dirname, "fixtures", "hold-leadership.ts");

/** The leader as a process of its own, so that a SIGKILL ends it as kill -9 ends a bot: no cleanup runs. */
function leaderProcess(url: string, instanceId: string) {
  const child = spawn(process.execPath, ["--import", "tsx", CHILD, url, instanceId], { cwd: REPO, stdio: ["ignore", "pipe", "pipe"] });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString("utf8")));
  child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString("utf8")));
  const exited = new Promise<NodeJS.Signals | null>((resolve) => child.once("exit", (_code, signal) => resolve(signal)));
  return { child, exited, stdout: () => stdout, stderr: () => stderr };
}

const cleanups: Array<() => Promise<unknown> | void> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

describe("a leader killed with SIGKILL", () => {
  it("frees the lock with its process: the standby takes over within 15 s", { timeout: 40_000 }, async () => {
    const url = newPostgresDatabase();
    const leader = leaderProcess(url, "host-a:101:aaaaaa");
    cleanups.push(() => (leader.child.exitCode === null && leader.child.signalCode === null ? (leader.child.kill("SIGKILL"), leader.exited) : undefined));
    await waitUntil(() => leader.stdout().includes("leading"), `the child to lead (stderr: ${leader.stderr()})`, 20_000);

    const standby = createPostgresLeadership({ url, instanceId: "host-b:202:bbbbbb", logger: silentLogger, retryMs: 100 });
    cleanups.push(() => standby.stop());
    const told: boolean[] = [];
    standby.onChange((leading) => told.push(leading));
    await standby.start();
    expect(standby.isLeader()).toBe(false);
    expect(await standby.leader()).toBe("host-a:101:aaaaaa");

    leader.child.kill("SIGKILL");
    expect(await leader.exited).toBe("SIGKILL");
    await waitUntil(() => standby.isLeader(), "the standby to take over", 15_000);
    expect(told).toEqual([true]);
    expect(await standby.leader()).toBe("host-b:202:bbbbbb");
  });
});
