import type { Logger } from "../../../src/log/logger.js";

export interface LoggedLine {
  level: string;
  fields: Record<string, unknown>;
  message: string;
}

/** A Logger that keeps every line, to check what the code logs (and what it must never log). */
export function recordingLogger(lines: LoggedLine[] = [], bound: Record<string, unknown> = {}): Logger & { lines: LoggedLine[] } {
  const at = (level: string) => (fields: Record<string, unknown>, message: string) => void lines.push({ level, fields: { ...bound, ...fields }, message });
  return {
    lines,
    debug: at("debug"),
    info: at("info"),
    warn: at("warn"),
    error: at("error"),
    child: (fields) => recordingLogger(lines, { ...bound, ...fields }),
  };
}
