import { runScript, type ScriptRun } from "./run-script.js";

/** Runs `src/cli/ask.ts ARGS` (what `npm run ask` runs) with `input` on stdin. */
export function runAsk(args: string[], input = ""): Promise<ScriptRun> {
  return runScript("src/cli/ask.ts", args, { input });
}
