import { escapeHtml } from "../format/html.js";
import { maskUrlsIn } from "../log/mask-urls.js";
import type { PushReach, StoreStats } from "../store/types.js";
import { formatDateTime } from "../time/format-date.js";
import { formatDuration } from "../time/format-duration.js";
import { STATS_TEXTS } from "./texts.js";

/** How far one push has reached: the time until its last reader had it, or how many still wait. */
function reachLine(push: PushReach): string {
  const t = STATS_TEXTS;
  if (push.waiting > 0 || push.lastSentAt === null) return t.statsReachGoing(push.title, push.readers, push.waiting);
  return t.statsReachDone(push.title, push.readers, formatDuration(push.lastSentAt - push.queuedAt));
}

/** Which instance leads (on PostgreSQL several may run on one database), and which one answered. */
export interface InstancesReport {
  self: string;
  leader: string | null;
  database: "sqlite" | "postgres";
}

/** What /stats shows: the store's figures, and the instances when the app knows them. */
export type StatsReport = StoreStats & { instances?: InstancesReport };

function instancesLine(instances: InstancesReport): string {
  const t = STATS_TEXTS;
  if (instances.leader === instances.self) return t.statsLeads(instances.self, instances.database);
  return instances.leader === null ? t.statsNoLeader(instances.self) : t.statsLedBy(instances.leader, instances.self);
}

/** The delivery part of /stats, in Telegram HTML, times in the admin's zone. */
export function composeStats(stats: StatsReport, timezone: string): string {
  const t = STATS_TEXTS;
  const s = stats.subscribers;
  const lines = [
    `<b>${escapeHtml(t.statsTitle)}</b>`,
    escapeHtml(t.statsSubscribers(s.instant, s.daily, s.off, s.inactive)),
    escapeHtml(t.statsFollows(stats.follows)),
    escapeHtml(t.statsOutbox(stats.outbox.pending, stats.outbox.sending)),
    escapeHtml(t.statsLastDay(stats.last24h.sent, stats.last24h.failed)),
  ];
  if (stats.instances) lines.push(escapeHtml(instancesLine(stats.instances)));
  if (stats.pushes.length > 0) {
    lines.push("", `<b>${escapeHtml(t.statsReachTitle)}</b>`, ...stats.pushes.map((push) => "• " + escapeHtml(reachLine(push))));
  }
  lines.push("", `<b>${escapeHtml(t.statsSourcesTitle)}</b>`);
  if (stats.sources.length === 0) lines.push(escapeHtml(t.statsNoSources));
  for (const source of stats.sources) {
    const lastPoll = formatDateTime(source.lastPollAt, timezone) ?? t.statsNever;
    // A feed is named by its URL, and its error may quote it: a key in the query stays out of the chat.
    lines.push("• " + escapeHtml(t.statsSource(maskUrlsIn(source.name), lastPoll, source.failures)));
    if (source.lastError) lines.push("  " + escapeHtml(t.statsLastError(maskUrlsIn(source.lastError))));
  }
  return lines.join("\n");
}
