import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { CONFIG_DEFAULTS } from "../../src/config/defaults.js";
import { CONFIG_ERRORS, ConfigError } from "../../src/config/errors.js";
import { loadConfig, parseDuration } from "../../src/config/load-config.js";
import { tempDir } from "../support/temp-dirs.js";

const TOKEN = "123456789:AAH-token_for_tests_only_0000000";
const CORPUS = fileURLToPath(new URL("../../corpus", import.meta.url));

function problemsOf(env: Record<string, string>): string[] {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  return [];
}

describe("configuration", () => {
  it("gives every default when the environment is empty, and no token", () => {
    const config = loadConfig({});
    expect(config).toEqual({
      botToken: null,
      telegramApiRoot: `${CONFIG_DEFAULTS.TELEGRAM_API_ROOT}/`,
      corpusDir: CONFIG_DEFAULTS.CORPUS_DIR,
      dataDir: CONFIG_DEFAULTS.DATA_DIR,
      databaseUrl: null,
      siteTimezone: "Asia/Baku",
      logLevel: "info",
      webhook: null,
      feeds: [],
      feedIntervalMs: 5 * 60_000,
      feedFetchArticles: true,
      deliveryRate: 25,
      paidBroadcast: false,
      pushBurstMax: 10,
      adminIds: [],
      questionRetentionDays: 30,
      questionHashKey: null,
      console: null,
    });
  });

  it("reads the editors' console and the questions' retention, and names a bad one", () => {
    expect(
      loadConfig({ CONSOLE_PORT: "8090", QUESTION_RETENTION_DAYS: "7", QUESTION_HASH_KEY: "0123456789abcdef" }),
    ).toMatchObject({ console: { host: "127.0.0.1", port: 8090 }, questionRetentionDays: 7, questionHashKey: "0123456789abcdef" });
    expect(loadConfig({ CONSOLE_PORT: "8090", CONSOLE_HOST: "0.0.0.0" }).console).toEqual({ host: "0.0.0.0", port: 8090 });
    expect(problemsOf({ CONSOLE_PORT: "http" })).toEqual([CONFIG_ERRORS.notPortOf("CONSOLE_PORT", "http")]);
    expect(problemsOf({ CONSOLE_PORT: "70000" })).toEqual([CONFIG_ERRORS.notPortOf("CONSOLE_PORT", "70000")]);
    expect(problemsOf({ CONSOLE_HOST: "my host" })).toEqual([CONFIG_ERRORS.notHost("CONSOLE_HOST", "my host")]);
    expect(problemsOf({ QUESTION_RETENTION_DAYS: "0" })).toEqual([CONFIG_ERRORS.notCount("QUESTION_RETENTION_DAYS", "0", 1, 3650)]);
    expect(problemsOf({ QUESTION_HASH_KEY: "short" })).toEqual([CONFIG_ERRORS.shortHashKey("QUESTION_HASH_KEY", 16)]);
  });

  it("reads every variable", () => {
    const dataDir = tempDir("config-data");
    const config = loadConfig({
      BOT_TOKEN: TOKEN,
      TELEGRAM_API_ROOT: "http://127.0.0.1:8081/",
      CORPUS_DIR: CORPUS,
      DATA_DIR: dataDir,
      SITE_TIMEZONE: "Europe/Berlin",
      LOG_LEVEL: "DEBUG",
      WEBHOOK_URL: "https://bot.example.com/telegram",
      WEBHOOK_SECRET: "s3cret_-value",
      PORT: "3000",
      FEEDS: "https://example.com/rss.xml, https://example.org/atom.xml",
      FEED_INTERVAL: "90s",
      FEED_FETCH_ARTICLES: "off",
      DELIVERY_RATE: "20",
      PAID_BROADCAST: "true",
      PUSH_BURST_MAX: "25",
      ADMIN_IDS: "42, 1001",
    });
    expect(config).toMatchObject({
      botToken: TOKEN,
      telegramApiRoot: "http://127.0.0.1:8081/",
      corpusDir: CORPUS,
      dataDir,
      siteTimezone: "Europe/Berlin",
      logLevel: "debug",
      webhook: { url: "https://bot.example.com/telegram", secret: "s3cret_-value", port: 3000 },
      feeds: ["https://example.com/rss.xml", "https://example.org/atom.xml"],
      feedIntervalMs: 90_000,
      feedFetchArticles: false,
      deliveryRate: 20,
      paidBroadcast: true,
      pushBurstMax: 25,
      adminIds: [42, 1001],
    });
  });

  it("names every bad variable at once, with what it expects", () => {
    const problems = problemsOf({
      BOT_TOKEN: "12:short",
      TELEGRAM_API_ROOT: "ftp://example.com",
      CORPUS_DIR: "/no/such/folder",
      SITE_TIMEZONE: "Nowhere/Land",
      LOG_LEVEL: "loud",
      PORT: "0",
      FEEDS: "not a url",
      FEED_INTERVAL: "5s",
      FEED_FETCH_ARTICLES: "sometimes",
      DELIVERY_RATE: "-1",
      PAID_BROADCAST: "maybe",
      PUSH_BURST_MAX: "2.5",
      ADMIN_IDS: "alice",
    });
    expect(problems).toEqual([
      CONFIG_ERRORS.malformedToken,
      CONFIG_ERRORS.notUrl("TELEGRAM_API_ROOT", "ftp://example.com"),
      CONFIG_ERRORS.notFolder("CORPUS_DIR", "/no/such/folder"),
      CONFIG_ERRORS.notTimezone("SITE_TIMEZONE", "Nowhere/Land"),
      CONFIG_ERRORS.notLogLevel("loud"),
      CONFIG_ERRORS.notPort("0"),
      CONFIG_ERRORS.notUrl("FEEDS", "not a url"),
      CONFIG_ERRORS.notDuration("FEED_INTERVAL", "5s", "30s", "24h"),
      CONFIG_ERRORS.notSwitch("FEED_FETCH_ARTICLES", "sometimes"),
      CONFIG_ERRORS.notSwitch("PAID_BROADCAST", "maybe"),
      CONFIG_ERRORS.deliveryRate("-1", false),
      CONFIG_ERRORS.notCount("PUSH_BURST_MAX", "2.5", 1, 1000),
      CONFIG_ERRORS.notIds("ADMIN_IDS", "alice"),
    ]);
  });

  it("keeps DELIVERY_RATE within Telegram's limits: over 30 only with PAID_BROADCAST, never over 1000", () => {
    expect(problemsOf({ DELIVERY_RATE: "31" })).toEqual([CONFIG_ERRORS.deliveryRateNeedsPaid("31")]);
    expect(CONFIG_ERRORS.deliveryRateNeedsPaid("31")).toMatch(/DELIVERY_RATE.*PAID_BROADCAST=true/);
    expect(problemsOf({ DELIVERY_RATE: "1e9" })).toEqual([CONFIG_ERRORS.deliveryRate("1e9", false)]);
    expect(problemsOf({ DELIVERY_RATE: "0.0001" })).toEqual([CONFIG_ERRORS.deliveryRate("0.0001", false)]);
    expect(problemsOf({ DELIVERY_RATE: "0" })).toEqual([CONFIG_ERRORS.deliveryRate("0", false)]);
    expect(problemsOf({ DELIVERY_RATE: "fast" })).toEqual([CONFIG_ERRORS.deliveryRate("fast", false)]);
    expect(problemsOf({ DELIVERY_RATE: "1e9", PAID_BROADCAST: "true" })).toEqual([CONFIG_ERRORS.deliveryRate("1e9", true)]);
    expect(loadConfig({ DELIVERY_RATE: "30" }).deliveryRate).toBe(30);
    expect(loadConfig({ DELIVERY_RATE: "1000", PAID_BROADCAST: "true" })).toMatchObject({ deliveryRate: 1000, paidBroadcast: true });
  });

  it("refuses a PUSH_BURST_MAX that is not a whole number from 1 to 1000", () => {
    for (const bad of ["0", "-3", "1001", "ten"]) {
      expect(problemsOf({ PUSH_BURST_MAX: bad })).toEqual([CONFIG_ERRORS.notCount("PUSH_BURST_MAX", bad, 1, 1000)]);
    }
    expect(loadConfig({ PUSH_BURST_MAX: "1" }).pushBurstMax).toBe(1);
  });

  it("refuses a webhook without a secret, or with one Telegram would refuse", () => {
    expect(problemsOf({ WEBHOOK_URL: "https://bot.example.com/hook" })).toEqual([CONFIG_ERRORS.webhookSecretMissing]);
    expect(problemsOf({ WEBHOOK_URL: "https://bot.example.com/hook", WEBHOOK_SECRET: "has spaces" })).toEqual([
      CONFIG_ERRORS.webhookSecretMalformed,
    ]);
  });

  it("never puts the token in an error message", () => {
    const token = "123456789:AAH-this-one-is-secret-but-bad!";
    const problems = problemsOf({ BOT_TOKEN: token });
    expect(problems).toEqual([CONFIG_ERRORS.malformedToken]);
    expect(problems.join("\n")).not.toContain("secret");
  });

  it("reads durations in ms, s, m and h", () => {
    expect(parseDuration("250ms")).toBe(250);
    expect(parseDuration("45")).toBe(45_000);
    expect(parseDuration("5m")).toBe(300_000);
    expect(parseDuration("1.5h")).toBe(5_400_000);
    expect(parseDuration("soon")).toBeNull();
  });

  it("keeps the API root's path prefix, ending it with one slash for the client to resolve methods against", () => {
    expect(loadConfig({ TELEGRAM_API_ROOT: "https://proxy.example.com/telegram" }).telegramApiRoot).toBe("https://proxy.example.com/telegram/");
    expect(loadConfig({ TELEGRAM_API_ROOT: "https://proxy.example.com/telegram//" }).telegramApiRoot).toBe("https://proxy.example.com/telegram/");
    expect(new URL("./bot1:x/getMe", loadConfig({ TELEGRAM_API_ROOT: "https://proxy.example.com/tg/api" }).telegramApiRoot).pathname).toBe(
      "/tg/api/bot1:x/getMe",
    );
  });

  it("polls feeds between every 30 seconds and once a day", () => {
    for (const value of ["29s", "25h", "600h"])
      expect(problemsOf({ FEED_INTERVAL: value })).toEqual([CONFIG_ERRORS.notDuration("FEED_INTERVAL", value, "30s", "24h")]);
    expect(loadConfig({ FEED_INTERVAL: "30s" }).feedIntervalMs).toBe(30_000);
    expect(loadConfig({ FEED_INTERVAL: "24h" }).feedIntervalMs).toBe(86_400_000);
  });

  it("refuses a DATA_DIR that is a file, under a file, or cannot be written, naming DATA_DIR", () => {
    const root = tempDir("config-bounds");
    const file = join(root, "a-file");
    writeFileSync(file, "");
    const [notFolder] = problemsOf({ DATA_DIR: file });
    expect(notFolder).toMatch(/^DATA_DIR must be a folder/);
    expect(notFolder).toContain("it is not a folder");
    expect(problemsOf({ DATA_DIR: join(file, "data") })[0]).toContain(`${file} is not a folder`);
    // /proc takes no new files, even from root, whom permission checks let through.
    expect(problemsOf({ DATA_DIR: "/proc/newsdesk" })[0]).toMatch(/^DATA_DIR must be a folder.*\/proc cannot be written to/);
    const missing = join(root, "new", "data");
    expect(loadConfig({ DATA_DIR: missing }).dataDir).toBe(missing);
  });

  it("refuses a webhook over plain http, naming WEBHOOK_URL", () => {
    expect(problemsOf({ WEBHOOK_URL: "http://bot.example.com/hook", WEBHOOK_SECRET: "s3cret" })).toEqual([
      CONFIG_ERRORS.notHttps("WEBHOOK_URL", "http://bot.example.com/hook"),
    ]);
  });

  it("refuses a feed URL with a user name or password, naming FEEDS but not the secret", () => {
    const problems = problemsOf({ FEEDS: "https://example.com/ok.xml, http://editor:pa55word@news.example.com/rss?key=K3Y" });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^FEEDS holds a URL with a user name or password/);
    expect(problems[0]).toContain("news.example.com/rss");
    for (const secret of ["editor", "pa55word", "K3Y"]) expect(problems[0]).not.toContain(secret);
  });
});
