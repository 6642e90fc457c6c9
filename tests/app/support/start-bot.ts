import { spawn } from "node:child_process";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { REPO } from "../helpers.js";
import { tempDir } from "../../support/temp-dirs.js";

/**
 * `npm start` itself, as one process: node with tsx's loader running src/main.ts. (Through npx or the tsx
 * command the bot would be a child of the process killed, and would go on running.) It runs in an empty
 * folder, so that no developer's .env is read.
 */
export function startBot(env: Record<string, string>) {
  const cwd = tempDir("bot-cwd");
  const loader = pathToFileURL(join(REPO, "node_modules", "tsx", "dist", "loader.mjs")).href;
  const child = spawn(process.execPath, ["--import", loader, join(REPO, "src", "main.ts")], {
    cwd,
    env: { PATH: process.env.PATH ?? "", HOME: cwd, LOG_LEVEL: "silent", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString("utf8")));
  child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString("utf8")));
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  return { child, exited, output: () => output };
}
