import { spawn } from "node:child_process";
import { join } from "node:path";
import { tempDir } from "../../support/temp-dirs.js";
import { REPO } from "../helpers.js";

const TSX = join(REPO, "node_modules", ".bin", "tsx");
const MAIN = join(REPO, "src", "main.ts");

export interface Run {
  /** The folder it runs in: ./data would be made there. */
  cwd: string;
  exited: Promise<number | null>;
  stdout: () => string;
  stderr: () => string;
  kill: (signal: NodeJS.Signals) => void;
}

/**
 * `npm start` as a process, in an empty folder (so that no developer's .env is read) with only the
 * given variables.
 */
export async function runMain(env: Record<string, string>): Promise<Run> {
  const cwd = tempDir("main");
  const child = spawn(TSX, [MAIN], { cwd, env: { PATH: process.env.PATH ?? "", HOME: cwd, ...env }, stdio: ["ignore", "pipe", "pipe"] });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString("utf8")));
  child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString("utf8")));
  return {
    cwd,
    exited: new Promise((resolve) => child.on("exit", (code) => resolve(code))),
    stdout: () => stdout,
    stderr: () => stderr,
    kill: (signal) => child.kill(signal),
  };
}
