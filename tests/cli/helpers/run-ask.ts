import { runScript, type ScriptRun } from "./run-script.js";

/**
 * Runs `src/cli/ask.ts ARGS` (what `npm run ask` runs) with `input` on stdin. Without a `dataDir` it runs
 * with --no-cache, so that tests running side by side do not share the repository's ./data save.
 */
export function runAsk(args: string[], input = "", options: { dataDir?: string } = {}): Promise<ScriptRun> {
  if (!options.dataDir) return runScript("src/cli/ask.ts", ["--no-cache", ...args], { input });
  return runScript("src/cli/ask.ts", args, { input, env: { DATA_DIR: options.dataDir } });
}
