/** Every configuration error text, in one catalogue that the tests import too. */
export const CONFIG_ERRORS = Object.freeze({
  missingToken:
    "BOT_TOKEN is not set. Get a token from @BotFather on Telegram (send /newbot), put BOT_TOKEN=... in .env, " +
    "or try the bot locally with no token: npm run chat",
  malformedToken: "BOT_TOKEN is malformed: expected the form 123456789:ABCdef... that @BotFather gives",
  notUrl: (name: string, value: string) => `${name} must be an http(s) URL, got "${value}"`,
  notTimezone: (name: string, value: string) =>
    `${name} must be an IANA time zone such as Asia/Baku or Europe/Berlin, got "${value}"`,
  notLogLevel: (value: string) => `LOG_LEVEL must be one of debug, info, warn, error, silent, got "${value}"`,
  notFolder: (name: string, value: string) => `${name} must be an existing folder, got "${value}"`,
  notPort: (value: string) => `PORT must be a TCP port number between 1 and 65535, got "${value}"`,
  notPortOf: (name: string, value: string) => `${name} must be a TCP port number between 1 and 65535, got "${value}"`,
  notPostgresUrl: (name: string, maskedValue: string) =>
    `${name} must be a PostgreSQL URL such as postgres://user:password@host:5432/newsdesk, got "${maskedValue}"`,
  notHost: (name: string, value: string) => `${name} must be a host name or an IP address such as 127.0.0.1, got "${value}"`,
  shortHashKey: (name: string, min: number) =>
    `${name} must be at least ${min} characters (a random secret; leave it empty to have one generated in DATA_DIR)`,
  notDuration: (name: string, value: string, min: string, max: string) =>
    `${name} must be a duration such as 90s, 5m or 1h, between ${min} and ${max}, got "${value}"`,
  notWritableFolder: (name: string, value: string, reason: string) =>
    `${name} must be a folder the bot can write to (or one it can create), got "${value}": ${reason}`,
  notHttps: (name: string, value: string) => `${name} must be an https URL (Telegram sends webhooks over https only), got "${value}"`,
  urlWithCredentials: (name: string, maskedValue: string) =>
    `${name} holds a URL with a user name or password (${maskedValue}); they cannot be sent with a feed request and would be logged: ` +
    "use a URL without them",
  notSwitch: (name: string, value: string) => `${name} must be on or off (also true/false, yes/no, 1/0), got "${value}"`,
  deliveryRate: (value: string, paid: boolean) =>
    paid
      ? `DELIVERY_RATE must be a number of messages a second from 1 to 1000 (Telegram's paid broadcast limit), got "${value}"`
      : `DELIVERY_RATE must be a number of messages a second from 1 to 30 (Telegram's limit), got "${value}"`,
  deliveryRateNeedsPaid: (value: string) =>
    `DELIVERY_RATE=${value} is over Telegram's 30 messages a second: lower DELIVERY_RATE, or set PAID_BROADCAST=true ` +
    "to use Telegram's paid broadcasts (up to 1000 a second, charged in Stars)",
  notCount: (name: string, value: string, min: number, max: number) =>
    `${name} must be a whole number from ${min} to ${max}, got "${value}"`,
  notIds: (name: string, value: string) => `${name} must be a comma-separated list of Telegram user ids, got "${value}"`,
  webhookSecretMissing: "WEBHOOK_SECRET must be set when WEBHOOK_URL is set, so that forged updates are refused",
  webhookSecretMalformed: "WEBHOOK_SECRET must be 1-256 characters of A-Z, a-z, 0-9, _ and - (Telegram's rule)",
});

/** A configuration error: its message names the variable and what is expected. */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n- ${problems.join("\n- ")}`);
    this.name = "ConfigError";
  }
}
