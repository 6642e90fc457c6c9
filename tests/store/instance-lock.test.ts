import { spawn } from "node:child_process";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { silentLogger } from "../../src/log/logger.js";
import { DataDirInUseError } from "../../src/store/instance-lock.js";
import { createSqliteStore } from "../../src/store/sqlite-store.js";
import { tempDir } from "../support/temp-dirs.js";

const REPO = join(import.meta.dirname, "..", "..");
const open = (dataDir: string) => createSqliteStore({ dataDir, siteTimezone: "Asia/Baku", logger: silentLogger, now: Date.now });

/** The fixture as its own process: node with tsx's loader, so that a kill reaches the store's holder itself. */
function holdInAnotherProcess(dataDir: string) {
  const loader = pathToFileURL(join(REPO, "node_modules", "tsx", "dist", "loader.mjs")).href;
  const child = spawn(process.execPath, ["--import", loader, join(import.meta.dirname, "fixtures", "hold-data-dir.ts"), dataDir], {
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString("utf8")));
  child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString("utf8")));
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  const held = new Promise<void>((resolve, reject) => {
    child.stdout.on("data", () => stdout.includes("held") && resolve());
    void exited.then((code) => reject(new Error(`exited ${code}: ${stderr}`)));
  });
  // A test that expects the refusal never awaits `held`: its rejection is not an unhandled one.
  held.catch(() => undefined);
  return { child, exited, held, stderr: () => stderr };
}

describe("one process per DATA_DIR", () => {
  it("refuses a second process on the folder, naming DATA_DIR and the process that holds it", async () => {
    const dataDir = tempDir("lock-refused");
    const store = open(dataDir);
    try {
      const second = holdInAnotherProcess(dataDir);
      expect(await second.exited).toBe(3);
      expect(second.stderr()).toContain(`DATA_DIR ${dataDir} is in use by another newsdesk (process ${process.pid} on `);
    } finally {
      await store.close();
    }
  });

  it("is released by a kill -9 of its holder, and refuses this process while the other lives", async () => {
    const dataDir = tempDir("lock-killed");
    const holder = holdInAnotherProcess(dataDir);
    await holder.held;
    expect(() => open(dataDir)).toThrow(DataDirInUseError);
    expect(() => open(dataDir)).toThrow(`process ${holder.child.pid} on `);
    holder.child.kill("SIGKILL");
    await holder.exited;
    await open(dataDir).close();
  });

  it("is released by close: the next start on the folder opens it", async () => {
    const dataDir = tempDir("lock-closed");
    await open(dataDir).close();
    const again = open(dataDir);
    expect(() => open(dataDir)).toThrow(DataDirInUseError);
    await again.close();
  });
});
