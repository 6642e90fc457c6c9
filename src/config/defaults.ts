/** Every default of the bot's configuration, in one place; `.env.example` mirrors it. */
export const CONFIG_DEFAULTS = Object.freeze({
  TELEGRAM_API_ROOT: "https://api.telegram.org",
  CORPUS_DIR: "./corpus",
  DATA_DIR: "./data",
  SITE_TIMEZONE: "Asia/Baku",
  LOG_LEVEL: "info",
  PORT: 8080,
  FEEDS: "",
  FEED_INTERVAL: "5m",
  FEED_FETCH_ARTICLES: "on",
  DELIVERY_RATE: 25,
  PAID_BROADCAST: "false",
  PUSH_BURST_MAX: 10,
  ADMIN_IDS: "",
});
