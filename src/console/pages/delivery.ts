import { html } from "hono/html";
import { maskUrlsIn } from "../../log/mask-urls.js";
import { formatDateTime } from "../../time/format-date.js";
import { formatDuration } from "../../time/format-duration.js";
import type { ConsoleData } from "../console-data.js";
import { layout, table, type Html } from "../layout.js";
import { CONSOLE_TEXTS } from "../texts.js";
import { when } from "./when.js";

/** The outbox by status, the pace reached, 429s, each latest push's reach, and the feeds' health. */
export async function deliveryPage(data: ConsoleData, zone: string): Promise<Html> {
  const t = CONSOLE_TEXTS.delivery;
  const { stats, report } = await data.delivery();
  const statuses = (["pending", "sending", "sent", "failed"] as const).map((status) => [t.statuses[status], report.byStatus[status]]);
  const holds = report.holds.map((hold) => t.holdUntil(hold.scope, when(hold.untilMs, zone))).join("; ") || t.noHolds;
  const body = html`
<h2>${t.queue}</h2>
${table(["", ""], statuses)}
<h2>${t.pace}</h2>
${table(["", ""], [
  [t.perSecond, report.peakPerSecond],
  [t.perMinute, report.peakPerMinute],
  [t.after429, report.waitingAfter429],
  [t.holds, holds],
])}
<h2>${t.reach}</h2>
${
  stats.pushes.length === 0
    ? html`<p>${t.noPushes}</p>`
    : table(
        t.reachColumns,
        stats.pushes.map((push) => [
          push.title,
          push.readers,
          push.waiting,
          push.waiting > 0 || push.lastSentAt === null ? t.stillGoing : formatDuration(push.lastSentAt - push.queuedAt),
        ]),
      )
}
<h2>${t.feeds}</h2>
${
  stats.sources.length === 0
    ? html`<p>${t.noFeeds}</p>`
    : table(
        t.feedColumns,
        // A feed's address and its error may carry a key in the query: masked as in /stats.
        stats.sources.map((source) => [
          maskUrlsIn(source.name),
          formatDateTime(source.lastPollAt, zone) ?? t.never,
          formatDateTime(source.lastSuccessAt, zone) ?? t.never,
          source.failures,
          source.lastError ? maskUrlsIn(source.lastError) : "",
        ]),
      )
}`;
  return layout("delivery", t.title, body);
}
