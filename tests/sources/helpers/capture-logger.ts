import type { Logger } from "../../../src/log/logger.js";

export interface LogEntry {
  level: "debug" | "info" | "warn" | "error";
  fields: Record<string, unknown>;
  message: string;
}

/** A logger that keeps what it was told, with the fields of its parents merged in. */
export function createCaptureLogger(entries: LogEntry[] = [], bound: Record<string, unknown> = {}): Logger & { entries: LogEntry[] } {
  const at =
    (level: LogEntry["level"]) =>
    (fields: Record<string, unknown>, message: string): void => {
      entries.push({ level, fields: { ...bound, ...fields }, message });
    };
  return {
    entries,
    debug: at("debug"),
    info: at("info"),
    warn: at("warn"),
    error: at("error"),
    child: (fields) => createCaptureLogger(entries, { ...bound, ...fields }),
  };
}
