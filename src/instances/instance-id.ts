import { randomBytes } from "node:crypto";
import { hostname } from "node:os";

/**
 * PostgreSQL keeps at most 63 bytes of a connection's application_name and turns any character outside printable
 * ASCII into "?": an instance id within both comes back from pg_stat_activity exactly as it was given.
 */
const MAX_ID_BYTES = 63;
const PRINTABLE_ASCII = /^[\x20-\x7e]+$/;

export interface InstanceIdParts {
  hostname?: string;
  pid?: number;
  random?: string;
}

/**
 * An id that names one running instance to operators: `${hostname}:${pid}:${random}`. The random part tells apart
 * two runs that got the same pid (two containers, or a restart); a long or non-ASCII host name is shortened and
 * folded so that the id survives application_name.
 */
export function createInstanceId(parts: InstanceIdParts = {}): string {
  const pid = parts.pid ?? process.pid;
  const random = parts.random ?? randomBytes(3).toString("hex");
  const tail = `:${pid}:${random}`;
  const host = (parts.hostname ?? hostname()).replace(/[^\x21-\x7e]/g, "-").replace(/:/g, "-") || "host";
  return host.slice(0, Math.max(1, MAX_ID_BYTES - tail.length)) + tail;
}

/** Throws when an instance id would not come back from pg_stat_activity as given (see MAX_ID_BYTES). */
export function checkInstanceId(id: string): void {
  if (!PRINTABLE_ASCII.test(id) || id.length > MAX_ID_BYTES) {
    throw new Error(`an instance id must be 1 to ${MAX_ID_BYTES} printable ASCII characters (PostgreSQL's application_name): got ${JSON.stringify(id)}`);
  }
}
