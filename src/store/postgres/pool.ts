import pg from "pg";
import type { Logger } from "../../log/logger.js";
import { maskUrl } from "../../log/mask-urls.js";

/** PostgreSQL's type id of int8 (BIGINT, BIGSERIAL, count(*)). */
const INT8_OID = 20;

/** A bad or unreachable DATABASE_URL: the message names the variable and never holds the password. */
export class DatabaseUrlError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "DatabaseUrlError";
  }
}

/** The URL's password, for scrubbing it out of the driver's messages (they rarely carry it, but may quote the URL). */
function passwordOf(url: URL): string {
  try {
    return decodeURIComponent(url.password);
  } catch {
    return url.password;
  }
}

/** Replaces the password (raw and decoded) and any URL's user part in a message. */
export function scrubPassword(text: string, url: string): string {
  let parsed: URL | null = null;
  try {
    parsed = new URL(url);
  } catch {
    parsed = null;
  }
  let out = text;
  const secrets = parsed ? [parsed.password, passwordOf(parsed)].filter((secret) => secret.length > 0) : [];
  for (const secret of secrets) out = out.split(secret).join("***");
  return out.replace(/\b[a-z][a-z0-9+.-]*:\/\/\S+/gi, (found) => maskUrl(found));
}

/** Checks DATABASE_URL's shape before the driver sees it: a postgres:// or postgresql:// URL with a host. */
export function parseDatabaseUrl(url: string): URL {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new DatabaseUrlError("DATABASE_URL is not a URL: give postgres://user:password@host:5432/database");
  }
  if (parsed.protocol !== "postgres:" && parsed.protocol !== "postgresql:") {
    throw new DatabaseUrlError(`DATABASE_URL must start with postgres:// or postgresql://, not ${parsed.protocol}//`);
  }
  // Not quoted: a URL without its `//` ("postgres:user:password@host/db") keeps the password where maskUrl does not look.
  if (!parsed.hostname) throw new DatabaseUrlError("DATABASE_URL names no host: give postgres://user:password@host:5432/database");
  return parsed;
}

export interface PoolOptions {
  url: string;
  logger: Logger;
  /** Connections at most (pg's default: 10). */
  poolSize?: number;
  connectTimeoutMs?: number;
}

/**
 * A pool whose int8 values come back as JS numbers: Telegram's chat ids and our epoch-ms times are 64-bit columns
 * but stay below 2^53. The parser is set on this pool's own types, never pg's global ones, which other code shares.
 * A connection that fails while idle (the server restarted, a network cut) is logged and dropped; the pool makes
 * a new one on the next query instead of the error event crashing the process.
 */
export function createPool(options: PoolOptions): pg.Pool {
  parseDatabaseUrl(options.url);
  const types = new pg.TypeOverrides();
  types.setTypeParser(INT8_OID, (value: string) => Number(value));
  const pool = new pg.Pool({
    connectionString: options.url,
    types,
    max: options.poolSize ?? 10,
    connectionTimeoutMillis: options.connectTimeoutMs ?? 10_000,
    // TCP keep-alive notices a connection cut by the network while idle, rather than on the next query only.
    keepAlive: true,
    // How an operator tells the bot's sessions apart in pg_stat_activity.
    application_name: "newsdesk",
  });
  pool.on("error", (error) => {
    options.logger.error({ database: maskUrl(options.url), error: scrubPassword(error.message, options.url) }, "PostgreSQL connection lost");
  });
  return pool;
}

/** Opens one connection now, so that a bad DATABASE_URL stops the start here, with a message naming it. */
export async function checkConnection(pool: pg.Pool, url: string): Promise<void> {
  try {
    const client = await pool.connect();
    client.release();
  } catch (error) {
    const reason = error instanceof Error ? error.message || (error as { code?: string }).code || error.name : String(error);
    throw new DatabaseUrlError(`DATABASE_URL ${maskUrl(url)}: cannot connect to PostgreSQL: ${scrubPassword(reason, url)}`);
  }
}
