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
import { readLanguageCode } from "./chat-input.js";
import { CHAT_TEXTS } from "./chat-texts.js";
import { createTerminalChat } from "./terminal-chat.js";

/**
 * `npm run chat`: the same app as `npm start`, unchanged, talking to the project's Bot API emulator
 * instead of Telegram, and a terminal chat to talk to it as a Telegram user. No token needed.
 */
/** `--lang ru` (or `--lang=ru`): the language of the emulated reader's Telegram app; its default when not given. */
function languageOption(argv: readonly string[]): string | undefined {
  const index = argv.findIndex((arg) => arg === "--lang" || arg.startsWith("--lang="));
  if (index < 0) return undefined;
  const arg = argv[index]!;
  const value = arg.startsWith("--lang=") ? arg.slice("--lang=".length) : (argv[index + 1] ?? "");
  const code = readLanguageCode(value);
  if (code === null) {
    console.error(CHAT_TEXTS.badLanguageOption(value));
    process.exit(1);
  }
  return code;
}

async function main(): Promise<void> {
  const languageCode = languageOption(process.argv.slice(2));
  dotenv.config({ quiet: true });
  const emulator = createBotApiEmulator();
  await emulator.start();
  const user = emulator.user({ firstName: "You", ...(languageCode ? { languageCode } : {}) });

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

  // The one trying the bot is its admin, and gets the editors' console on a free port of 127.0.0.1.
  const app = createApp({
    config: { ...config, dataDir, adminIds: [...config.adminIds, user.id], console: { host: "127.0.0.1", port: 0 } },
    logger,
  });
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
  console.log(CHAT_TEXTS.consoleLink(app.consoleLink() ?? ""));
  const chat = createTerminalChat({
    emulator,
    user,
    input: process.stdin,
    output: process.stdout,
    botName: emulator.bot.username ?? "newsdesk_bot",
  });
  await chat.run();
  await shutdown();
  process.exit(0);
}

await main();
