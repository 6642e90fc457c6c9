import { fileURLToPath } from "node:url";
import { loadConfig, type Config } from "../../src/config/load-config.js";
import { tempDir } from "../support/temp-dirs.js";

export const REPO = fileURLToPath(new URL("../../", import.meta.url));
export const CORPUS_DIR = fileURLToPath(new URL("../../corpus/", import.meta.url));

export { freePort } from "../../src/bench/local-postgres.js";

/** The app's configuration for a test, from an environment as `npm start` would read it; data in a fresh folder. */
export function testConfig(env: Record<string, string>): Config {
  const DATA_DIR = env.DATA_DIR ?? tempDir("app");
  return loadConfig({ CORPUS_DIR, LOG_LEVEL: "silent", ...env, DATA_DIR });
}
