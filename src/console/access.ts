import { createHash, randomBytes } from "node:crypto";

/** A login link works this long, and once. */
export const LINK_TTL_MS = 10 * 60 * 1000;
/** A console session lasts a working day; then /console gives a new link. */
export const SESSION_TTL_MS = 12 * 60 * 60 * 1000;

export interface ConsoleAccess {
  /** A new one-time login token. */
  issueToken(): string;
  /** Spends a login token: a new session's token, or null when the token is unknown, used or expired. */
  redeem(token: string): string | null;
  hasSession(token: string | undefined): boolean;
}

const digest = (token: string) => createHash("sha256").update(token).digest("hex");
const newToken = () => randomBytes(32).toString("base64url");

/**
 * One-time login tokens and sessions, in memory (the console runs in the bot's process, and a restart asks for a new
 * link). Only their SHA-256 is kept, so a heap dump gives no working token; looking a hash up leaks nothing of a
 * token through timing, as a guess's hash shares no prefix with it that the guesser could steer.
 */
export function createConsoleAccess(now: () => number): ConsoleAccess {
  const links = new Map<string, number>();
  const sessions = new Map<string, number>();
  const forgetExpired = (map: Map<string, number>) => {
    const at = now();
    for (const [key, until] of map) if (until <= at) map.delete(key);
  };
  return {
    issueToken() {
      forgetExpired(links);
      const token = newToken();
      links.set(digest(token), now() + LINK_TTL_MS);
      return token;
    },
    redeem(token) {
      forgetExpired(links);
      // delete() is the check: a token spent once is gone for the second opening.
      if (!links.delete(digest(token))) return null;
      const session = newToken();
      forgetExpired(sessions);
      sessions.set(digest(session), now() + SESSION_TTL_MS);
      return session;
    },
    hasSession(token) {
      if (!token) return false;
      forgetExpired(sessions);
      return sessions.has(digest(token));
    },
  };
}
