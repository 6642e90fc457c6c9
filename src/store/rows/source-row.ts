import type { SourceState } from "../../core/items.js";
import type { SourceStats } from "../types.js";

/** A source's columns that make its polling state (primed_at is the items' business, not the poller's). */
export interface SourceColumns {
  name: string;
  etag: string | null;
  last_modified: string | null;
  last_poll_at: string | null;
  last_success_at: string | null;
  last_error: string | null;
  failures: number;
  next_poll_at: string | null;
}

export function sourceStateFrom(columns: SourceColumns): SourceState {
  return {
    etag: columns.etag,
    lastModified: columns.last_modified,
    lastPollAt: columns.last_poll_at,
    lastSuccessAt: columns.last_success_at,
    lastError: columns.last_error,
    failures: columns.failures,
    nextPollAt: columns.next_poll_at,
  };
}

export const sourceStatsFrom = (columns: SourceColumns): SourceStats => ({ name: columns.name, ...sourceStateFrom(columns) });
