import { statSync } from "node:fs";
import { DELIVERY_DEFAULTS } from "../delivery/defaults.js";
import { webLink } from "../format/web-link.js";
import { CONFIG_DEFAULTS } from "./defaults.js";
import { CONFIG_ERRORS, ConfigError } from "./errors.js";
import { writableFolderProblem } from "./writable-folder.js";
import { maskUrl } from "../log/mask-urls.js";
import { isTimezone } from "../time/is-timezone.js";
import type { LogLevel } from "../log/logger.js";

export interface Config {
  /** Null when not set: `npm start` then explains how to get one; `npm run chat` needs none. */
  botToken: string | null;
  telegramApiRoot: string;
  /**
   * The folder of pages. Null only with DATABASE_URL, on a machine without it: the pages reach this instance
   * through PostgreSQL, and while it leads it runs delivery and the feeds but does not watch a folder.
   */
  corpusDir: string | null;
  dataDir: string;
  /** DATABASE_URL: PostgreSQL (several instances on one database); null for the SQLite file in DATA_DIR. */
  databaseUrl: string | null;
  siteTimezone: string;
  logLevel: LogLevel;
  webhook: { url: string; secret: string; port: number } | null;
  feeds: string[];
  feedIntervalMs: number;
  /** Whether the pages of link-only feed items are fetched and read as articles. */
  feedFetchArticles: boolean;
  deliveryRate: number;
  /** PAID_BROADCAST: sends ask for Telegram's paid broadcasts, which lift the cap from 30 to 1,000 a second. */
  paidBroadcast: boolean;
  /** PUSH_BURST_MAX: items pushed to one chat from one ingest; the rest are offered in one "N more" line. */
  pushBurstMax: number;
  adminIds: number[];
  /** QUESTION_RETENTION_DAYS: questions and their votes are deleted this many days after they were asked. */
  questionRetentionDays: number;
  /** QUESTION_HASH_KEY: the secret of the chat ids' keyed hashes; null to use the one generated in DATA_DIR. */
  questionHashKey: string | null;
  /** CONSOLE_PORT and CONSOLE_HOST: the editors' console, or null when CONSOLE_PORT is not set. Port 0 picks a free one. */
  console: { host: string; port: number } | null;
}

type Env = Readonly<Record<string, string | undefined>>;

const LOG_LEVELS: readonly LogLevel[] = ["debug", "info", "warn", "error", "silent"];

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

const isHttpUrl = (value: string) => webLink(value) !== null;

function isPostgresUrl(value: string): boolean {
  try {
    const url = new URL(value);
    // The driver decodes the user and password: a stray % would fail there, after the start had begun.
    decodeURIComponent(url.username);
    decodeURIComponent(url.password);
    return (url.protocol === "postgres:" || url.protocol === "postgresql:") && url.hostname !== "" && url.pathname.length > 1;
  } catch {
    return false;
  }
}

/**
 * A DATABASE_URL too broken to be one, as the error shows it: everything before its last `@` masked, whatever
 * the URL parser made of it (without `://`, or with a `/` or `?` in an unencoded password, the user part is
 * not where maskUrl looks for it).
 */
function shownDatabaseUrl(value: string): string {
  const at = value.lastIndexOf("@");
  if (at < 0) return maskUrl(value);
  const scheme = /^[a-z][a-z0-9+.-]*:\/\//i.exec(value)?.[0] ?? "";
  return maskUrl(`${scheme}***${value.slice(at)}`);
}

function hasCredentials(value: string): boolean {
  try {
    const url = new URL(value);
    return url.username !== "" || url.password !== "";
  } catch {
    return false;
  }
}

/** Feeds are polled no more often than every 30 s (a busy loop otherwise) and at least daily (a timer holds at most 24.8 days). */
const FEED_INTERVAL_MS = { min: 30_000, max: 24 * 3_600_000 };

/** Parses "90s", "5m", "1h" or a bare number of seconds into milliseconds; null when malformed. */
export function parseDuration(value: string): number | null {
  const match = /^(\d+(?:\.\d+)?)\s*(ms|s|m|h)?$/.exec(value.trim());
  if (!match) return null;
  const unit = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 }[(match[2] ?? "s") as "ms" | "s" | "m" | "h"];
  return Number(match[1]) * unit;
}

/** Reads on/off, true/false, yes/no, 1/0; null when it is none of them. */
function parseSwitch(value: string): boolean | null {
  const word = value.toLowerCase();
  if (["on", "true", "yes", "1"].includes(word)) return true;
  if (["off", "false", "no", "0"].includes(word)) return false;
  return null;
}

/** Telegram's broadcast limits: about 30 messages a second, 1,000 with paid broadcasts. */
const RATE_LIMIT = { min: 1, free: DELIVERY_DEFAULTS.telegramPerSecond, paid: DELIVERY_DEFAULTS.paidTelegramPerSecond };
const BURST_MAX_LIMIT = 1000;
const RETENTION_DAYS_LIMIT = 3650;
/** A shorter secret would make the chat ids' hashes guessable by trying every id. */
const HASH_KEY_MIN_LENGTH = 16;

const isPort = (port: number) => Number.isInteger(port) && port >= 1 && port <= 65535;
const isHost = (host: string) => /^[A-Za-z0-9.:[\]-]+$/.test(host);

/** DELIVERY_RATE within Telegram's limits; above the free limit only with paid broadcasts. */
function deliveryRateProblem(text: string, rate: number, paid: boolean): string | null {
  if (!Number.isFinite(rate) || rate < RATE_LIMIT.min || rate > RATE_LIMIT.paid) return CONFIG_ERRORS.deliveryRate(text, paid);
  if (rate > RATE_LIMIT.free && !paid) return CONFIG_ERRORS.deliveryRateNeedsPaid(text);
  return null;
}

function list(value: string): string[] {
  return value
    .split(",")
    .map((part) => part.trim())
    .filter(Boolean);
}

/** What `npm run ask` reads of the environment: where the saved index lives. */
export interface AskConfig {
  dataDir: string;
}

/** The ask command's part of the configuration, validated as the bot's is (a bad DATA_DIR is named). */
export function loadAskConfig(env: Env): AskConfig {
  const dataDir = env.DATA_DIR?.trim() || String(CONFIG_DEFAULTS.DATA_DIR);
  const problem = writableFolderProblem(dataDir);
  if (problem) throw new ConfigError([CONFIG_ERRORS.notWritableFolder("DATA_DIR", dataDir, problem)]);
  return { dataDir };
}

/**
 * Reads and validates the whole configuration once, at start. Every problem is collected, so that
 * one start names every bad variable rather than one a run.
 */
export function loadConfig(env: Env): Config {
  const problems: string[] = [];
  const get = (name: keyof typeof CONFIG_DEFAULTS): string => {
    const raw = env[name]?.trim();
    return raw ? raw : String(CONFIG_DEFAULTS[name]);
  };

  const botToken = env.BOT_TOKEN?.trim() || null;
  if (botToken && !/^\d{3,}:[A-Za-z0-9_-]{20,}$/.test(botToken)) problems.push(CONFIG_ERRORS.malformedToken);

  // One trailing slash: the client resolves "./bot<token>/<method>" against the root, and without it
  // a path prefix ("https://host/telegram") would lose its last segment.
  const telegramApiRootText = get("TELEGRAM_API_ROOT");
  const telegramApiRoot = telegramApiRootText.replace(/\/*$/, "/");
  if (!isHttpUrl(telegramApiRoot)) problems.push(CONFIG_ERRORS.notUrl("TELEGRAM_API_ROOT", maskUrl(telegramApiRootText)));

  const databaseUrl = env.DATABASE_URL?.trim() || null;
  if (databaseUrl !== null && !isPostgresUrl(databaseUrl)) problems.push(CONFIG_ERRORS.notPostgresUrl("DATABASE_URL", shownDatabaseUrl(databaseUrl)));

  const corpusDirText = get("CORPUS_DIR");
  const corpusDir = isFolder(corpusDirText) ? corpusDirText : null;
  if (corpusDir === null && (databaseUrl === null || env.CORPUS_DIR?.trim())) problems.push(CONFIG_ERRORS.notFolder("CORPUS_DIR", corpusDirText));

  const dataDir = get("DATA_DIR");
  const dataDirProblem = writableFolderProblem(dataDir);
  if (dataDirProblem) problems.push(CONFIG_ERRORS.notWritableFolder("DATA_DIR", dataDir, dataDirProblem));

  const siteTimezone = get("SITE_TIMEZONE");
  if (!isTimezone(siteTimezone)) problems.push(CONFIG_ERRORS.notTimezone("SITE_TIMEZONE", siteTimezone));

  const logLevelText = get("LOG_LEVEL");
  const logLevel = logLevelText.toLowerCase() as LogLevel;
  if (!LOG_LEVELS.includes(logLevel)) problems.push(CONFIG_ERRORS.notLogLevel(logLevelText));

  const portText = get("PORT");
  const port = Number(portText);
  if (!Number.isInteger(port) || port < 1 || port > 65535) problems.push(CONFIG_ERRORS.notPort(portText));

  let webhook: Config["webhook"] = null;
  const webhookUrl = env.WEBHOOK_URL?.trim();
  if (webhookUrl) {
    const secret = env.WEBHOOK_SECRET?.trim() ?? "";
    if (!isHttpUrl(webhookUrl)) problems.push(CONFIG_ERRORS.notUrl("WEBHOOK_URL", maskUrl(webhookUrl)));
    else if (new URL(webhookUrl).protocol !== "https:") problems.push(CONFIG_ERRORS.notHttps("WEBHOOK_URL", maskUrl(webhookUrl)));
    if (!secret) problems.push(CONFIG_ERRORS.webhookSecretMissing);
    else if (!/^[A-Za-z0-9_-]{1,256}$/.test(secret)) problems.push(CONFIG_ERRORS.webhookSecretMalformed);
    webhook = { url: webhookUrl, secret, port };
  }

  const feeds = list(get("FEEDS"));
  for (const feed of feeds) {
    if (!isHttpUrl(feed)) problems.push(CONFIG_ERRORS.notUrl("FEEDS", maskUrl(feed)));
    else if (hasCredentials(feed)) problems.push(CONFIG_ERRORS.urlWithCredentials("FEEDS", maskUrl(feed)));
  }

  const feedIntervalText = get("FEED_INTERVAL");
  const feedIntervalMs = parseDuration(feedIntervalText);
  if (feedIntervalMs === null || feedIntervalMs < FEED_INTERVAL_MS.min || feedIntervalMs > FEED_INTERVAL_MS.max)
    problems.push(CONFIG_ERRORS.notDuration("FEED_INTERVAL", feedIntervalText, "30s", "24h"));

  const fetchArticlesText = get("FEED_FETCH_ARTICLES");
  const feedFetchArticles = parseSwitch(fetchArticlesText);
  if (feedFetchArticles === null) problems.push(CONFIG_ERRORS.notSwitch("FEED_FETCH_ARTICLES", fetchArticlesText));

  const paidText = get("PAID_BROADCAST");
  const paidBroadcast = parseSwitch(paidText);
  if (paidBroadcast === null) problems.push(CONFIG_ERRORS.notSwitch("PAID_BROADCAST", paidText));

  const deliveryRateText = get("DELIVERY_RATE");
  const deliveryRate = Number(deliveryRateText);
  const rateProblem = deliveryRateProblem(deliveryRateText, deliveryRate, paidBroadcast === true);
  if (rateProblem) problems.push(rateProblem);

  const burstText = get("PUSH_BURST_MAX");
  const pushBurstMax = Number(burstText);
  if (!Number.isInteger(pushBurstMax) || pushBurstMax < 1 || pushBurstMax > BURST_MAX_LIMIT) {
    problems.push(CONFIG_ERRORS.notCount("PUSH_BURST_MAX", burstText, 1, BURST_MAX_LIMIT));
  }

  const adminIdsText = get("ADMIN_IDS");
  const adminIds = list(adminIdsText).map(Number);
  if (adminIds.some((id) => !Number.isSafeInteger(id))) problems.push(CONFIG_ERRORS.notIds("ADMIN_IDS", adminIdsText));

  const retentionText = get("QUESTION_RETENTION_DAYS");
  const questionRetentionDays = Number(retentionText);
  if (!Number.isInteger(questionRetentionDays) || questionRetentionDays < 1 || questionRetentionDays > RETENTION_DAYS_LIMIT) {
    problems.push(CONFIG_ERRORS.notCount("QUESTION_RETENTION_DAYS", retentionText, 1, RETENTION_DAYS_LIMIT));
  }

  const questionHashKey = env.QUESTION_HASH_KEY?.trim() || null;
  if (questionHashKey !== null && questionHashKey.length < HASH_KEY_MIN_LENGTH) {
    problems.push(CONFIG_ERRORS.shortHashKey("QUESTION_HASH_KEY", HASH_KEY_MIN_LENGTH));
  }

  const consolePortText = env.CONSOLE_PORT?.trim() ?? "";
  const consoleHost = get("CONSOLE_HOST");
  if (!isHost(consoleHost)) problems.push(CONFIG_ERRORS.notHost("CONSOLE_HOST", consoleHost));
  const consolePort = Number(consolePortText);
  if (consolePortText && !isPort(consolePort)) problems.push(CONFIG_ERRORS.notPortOf("CONSOLE_PORT", consolePortText));

  if (problems.length > 0) throw new ConfigError(problems);
  return {
    botToken,
    telegramApiRoot,
    corpusDir,
    dataDir,
    databaseUrl,
    siteTimezone,
    logLevel,
    webhook,
    feeds,
    feedIntervalMs: feedIntervalMs ?? 0,
    feedFetchArticles: feedFetchArticles ?? true,
    deliveryRate,
    paidBroadcast: paidBroadcast === true,
    pushBurstMax,
    adminIds,
    questionRetentionDays,
    questionHashKey,
    console: consolePortText ? { host: consoleHost, port: consolePort } : null,
  };
}
