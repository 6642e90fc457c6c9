import { spawn } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const REPO_ROOT = fileURLToPath(new URL("../../", import.meta.url));

/**
 * Seconds from starting `npm run ask -- --json --corpus DIR QUESTION` (node and tsx, as npm runs it) to its
 * first answer on stdout: what a reader of the command waits. The process is left to finish (it saves
 * a fresh index after its first answer) before the next run starts.
 */
function secondsToFirstAnswer(corpusDir: string, dataDir: string, question: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    let firstAt: number | null = null;
    const child = spawn(process.execPath, ["--import", "tsx", "src/cli/ask.ts", "--json", "--corpus", corpusDir, question], {
      cwd: REPO_ROOT,
      env: { ...process.env, DATA_DIR: dataDir },
      stdio: ["ignore", "pipe", "inherit"],
    });
    child.stdout.on("data", () => {
      firstAt ??= performance.now();
    });
    child.on("error", reject);
    child.on("close", (code) => {
      if (code !== 0 || firstAt === null) reject(new Error(`ask exited with ${code} before answering`));
      else resolve((firstAt - started) / 1000);
    });
  });
}

/** A cold start (no save in DATA_DIR), then warm starts (the save it wrote present), to the first answer. */
export async function timeStarts(corpusDir: string, question: string, warmRuns = 3): Promise<{ coldSeconds: number; warmSeconds: number }> {
  const dataDir = await mkdtemp(join(tmpdir(), "newsdesk-bench-data-"));
  try {
    const coldSeconds = await secondsToFirstAnswer(corpusDir, dataDir, question);
    const warm: number[] = [];
    for (let i = 0; i < warmRuns; i++) warm.push(await secondsToFirstAnswer(corpusDir, dataDir, question));
    warm.sort((a, b) => a - b);
    return { coldSeconds, warmSeconds: warm[Math.floor(warm.length / 2)]! };
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }
}
