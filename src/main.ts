import dotenv from "dotenv";
import { createApp } from "./app/create-app.js";
import { exitOnSignals } from "./app/signals.js";
import { CONFIG_ERRORS, ConfigError } from "./config/errors.js";
import { loadConfig, type Config } from "./config/load-config.js";
import { createLogger } from "./log/logger.js";

/** `npm start`: the bot with the configuration of the environment and `.env`. */
async function main(): Promise<void> {
  dotenv.config({ quiet: true });
  let config: Config;
  try {
    config = loadConfig(process.env);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    console.error(error.message);
    process.exit(1);
  }
  if (!config.botToken) {
    console.error(CONFIG_ERRORS.missingToken);
    process.exit(1);
  }
  // The database's password stays out of every log line, as the token does.
  const databasePassword = config.databaseUrl ? decodeURIComponent(new URL(config.databaseUrl).password) : "";
  const logger = createLogger({ level: config.logLevel, secrets: [config.botToken, config.webhook?.secret ?? "", databasePassword] });
  // A bot that takes no more updates (another instance polls, the token was revoked) stops and exits 1,
  // so that its supervisor sees it.
  const app = createApp({ config, logger, onFailure: () => void app.stop().finally(() => process.exit(1)) });
  exitOnSignals(() => app.stop(), logger);
  try {
    await app.start();
  } catch (error) {
    logger.error({ error: error instanceof Error ? error.message : String(error) }, "the bot could not start");
    process.exit(1);
  }
}

await main();
