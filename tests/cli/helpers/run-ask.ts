import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";

export const REPO_ROOT = fileURLToPath(new URL("../../../", import.meta.url));

export interface AskRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `npx tsx src/cli/ask.ts ARGS` from the repository's root, with `input` on stdin. */
export function runAsk(args: string[], input = ""): Promise<AskRun> {
  return new Promise((resolve, reject) => {
    const child = spawn("npx", ["tsx", "src/cli/ask.ts", ...args], { cwd: REPO_ROOT, stdio: ["pipe", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(input);
  });
}
