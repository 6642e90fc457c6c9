import { mkdir, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import dotenv from "dotenv";
import pino from "pino";
import { createApp } from "../app/create-app.js";
import { exitOnSignals } from "../app/signals.js";
import { CONFIG_DEFAULTS } from "../config/defaults.js";
import { ConfigError } from "../config/errors.js";
import { loadConfig, type Config } from "../config/load-config.js";
import { createBotApiEmulator } from "../emulator/emulator.js";
import { createLogger, scrubSecrets } from "../log/logger.js";
import { createTerminalChat } from "./terminal-chat.js";

/**
 * `npm run chat`: the same app as `npm start`, unchanged, talking to the project's Bot API emulator
 * instead of Telegram, and a terminal chat to talk to it as a Telegram user. No token needed.
 */
async function main(): Promise<void> {
  dotenv.config({ quiet: true });
  const emulator = createBotApiEmulator();
  await emulator.start();

  let config: Config;
  try {
    // The emulator stands in for Telegram; a webhook from .env would point Telegram's updates elsewhere.
    config = loadConfig({ ...process.env, BOT_TOKEN: emulator.token, TELEGRAM_API_ROOT: emulator.apiRoot, WEBHOOK_URL: "" });
  } catch (error) {
    await emulator.stop();
    if (!(error instanceof ConfigError)) throw error;
    console.error(error.message);
    process.exit(1);
  }
  // A try-out keeps no data unless a DATA_DIR of one's own was chosen: its temporary folder goes when the chat ends.
  const temporary = config.dataDir === CONFIG_DEFAULTS.DATA_DIR;
  const dataDir = temporary ? await mkdtemp(join(tmpdir(), "newsdesk-chat-")) : config.dataDir;
  await mkdir(dataDir, { recursive: true });
  const logFile = join(dataDir, "bot.log");
  // The bot's log lines would break up the conversation on screen: they go to a file.
  const logger = createLogger({
    level: config.logLevel,
    secrets: [emulator.token],
    destination: pino.destination({ dest: logFile, sync: true }),
  });

  const app = createApp({ config: { ...config, dataDir }, logger });
  const shutdown = async () => {
    await app.stop();
    await emulator.stop();
    if (temporary) await rm(dataDir, { recursive: true, force: true });
  };
  exitOnSignals(shutdown, logger);
  try {
    await app.start();
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    console.error(`The bot could not start: ${scrubSecrets(reason, [emulator.token])}`);
    await shutdown();
    process.exit(1);
  }

  console.log(temporary ? `(the bot's log, removed when the chat ends: ${logFile})` : `(the bot's log: ${logFile})`);
  const chat = createTerminalChat({
    emulator,
    user: emulator.user({ firstName: "You" }),
    input: process.stdin,
    output: process.stdout,
    botName: emulator.bot.username ?? "newsdesk_bot",
  });
  await chat.run();
  await shutdown();
  process.exit(0);
}

await main();
