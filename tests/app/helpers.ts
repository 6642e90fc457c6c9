import { createServer } from "node:net";
import { fileURLToPath } from "node:url";
import { loadConfig, type Config } from "../../src/config/load-config.js";
import { tempDir } from "../support/temp-dirs.js";

export const REPO = fileURLToPath(new URL("../../", import.meta.url));
export const CORPUS_DIR = fileURLToPath(new URL("../../corpus/", import.meta.url));

/** A port free on 127.0.0.1 right now, for a server the test starts next. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

/** The app's configuration for a test, from an environment as `npm start` would read it; data in a fresh folder. */
export function testConfig(env: Record<string, string>): Config {
  const DATA_DIR = env.DATA_DIR ?? tempDir("app");
  return loadConfig({ CORPUS_DIR, LOG_LEVEL: "silent", ...env, DATA_DIR });
}
