import { escapeHtml } from "../format/html.js";
import { maskUrlsIn } from "../log/mask-urls.js";
import type { StoreStats } from "../store/types.js";
import { formatDateTime } from "../time/format-date.js";
import { DELIVERY_TEXTS } from "./texts.js";

/** The delivery part of /stats, in Telegram HTML, times in the admin's zone. */
export function composeStats(stats: StoreStats, timezone: string): string {
  const t = DELIVERY_TEXTS;
  const s = stats.subscribers;
  const lines = [
    `<b>${escapeHtml(t.statsTitle)}</b>`,
    escapeHtml(t.statsSubscribers(s.instant, s.daily, s.off, s.inactive)),
    escapeHtml(t.statsFollows(stats.follows)),
    escapeHtml(t.statsOutbox(stats.outbox.pending, stats.outbox.sending)),
    escapeHtml(t.statsLastDay(stats.last24h.sent, stats.last24h.failed)),
    "",
    `<b>${escapeHtml(t.statsSourcesTitle)}</b>`,
  ];
  if (stats.sources.length === 0) lines.push(escapeHtml(t.statsNoSources));
  for (const source of stats.sources) {
    const lastPoll = formatDateTime(source.lastPollAt, timezone) ?? t.statsNever;
    // A feed is named by its URL, and its error may quote it: a key in the query stays out of the chat.
    lines.push("• " + escapeHtml(t.statsSource(maskUrlsIn(source.name), lastPoll, source.failures)));
    if (source.lastError) lines.push("  " + escapeHtml(t.statsLastError(maskUrlsIn(source.lastError))));
  }
  return lines.join("\n");
}
