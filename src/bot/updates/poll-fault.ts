import { TelegramError } from "telegraf";

/** Why a getUpdates call failed, as the log line names it. */
export type PollFaultKind = "5xx" | "429" | "dropped socket" | "bad JSON" | "overdue" | "network" | "unexpected";

export type PollFault =
  | { kind: PollFaultKind; retryAfterSeconds: number | null; fatal: false }
  /** Polling cannot go on: the token was revoked (401), the bot does not exist (404), another instance polls (409). */
  | { kind: "refused"; code: number; fatal: true };

const DROPPED = new Set(["ECONNRESET", "EPIPE", "ECONNABORTED"]);

/** Classifies a failed getUpdates; `overdue` says the watchdog abandoned it. */
export function classifyPollFault(error: unknown, overdue: boolean): PollFault {
  const retry = (kind: PollFaultKind, retryAfterSeconds: number | null = null): PollFault => ({ kind, retryAfterSeconds, fatal: false });
  if (overdue) return retry("overdue");
  if (error instanceof TelegramError) {
    if (error.code === 429) return retry("429", error.parameters?.retry_after ?? null);
    if (error.code >= 500) return retry("5xx");
    return { kind: "refused", code: error.code, fatal: true };
  }
  const { name, type, code, message } = (error ?? {}) as { name?: string; type?: string; code?: string; message?: string };
  if (name === "FetchError" && type === "invalid-json") return retry("bad JSON");
  if (name === "FetchError" && (DROPPED.has(code ?? "") || /socket hang up|premature close/i.test(message ?? ""))) {
    return retry("dropped socket");
  }
  if (name === "FetchError") return retry("network");
  return retry("unexpected");
}
