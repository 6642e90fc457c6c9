import pino from "pino";
import { maskUrlsIn } from "./mask-urls.js";

type LogFn = (fields: Record<string, unknown>, message: string) => void;

/** The one logging interface the code sees; pino satisfies it, and tests pass `silentLogger`. */
export interface Logger {
  debug: LogFn;
  info: LogFn;
  warn: LogFn;
  error: LogFn;
  child(fields: Record<string, unknown>): Logger;
}

export type LogLevel = "debug" | "info" | "warn" | "error" | "silent";

const noop: LogFn = () => {};

export const silentLogger: Logger = Object.freeze({
  debug: noop,
  info: noop,
  warn: noop,
  error: noop,
  child: () => silentLogger,
});

/** Replaces every occurrence of each secret in a string. */
export function scrubSecrets(text: string, secrets: readonly string[]): string {
  let out = text;
  for (const secret of secrets) if (secret) out = out.split(secret).join("[redacted]");
  return out;
}

/**
 * A pino logger that writes JSON lines and never lets a secret (the bot token) through:
 * errors from the HTTP client carry the request URL, and that URL holds the token. Every URL in a
 * line has its user part and query values masked too: a feed's password or key rides in them.
 */
export function createLogger(options: {
  level: LogLevel;
  secrets?: readonly string[];
  destination?: pino.DestinationStream;
}): Logger {
  const secrets = (options.secrets ?? []).filter(Boolean);
  return pino(
    {
      level: options.level,
      base: undefined,
      hooks: {
        streamWrite: (line) => maskUrlsIn(scrubSecrets(line, secrets)),
      },
    },
    options.destination ?? pino.destination(1),
  );
}
