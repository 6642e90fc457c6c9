import { describe, expect, it } from "vitest";
import { composeStats } from "../../src/delivery/compose-stats.js";
import { NEW_SOURCE_STATE } from "../../src/sources/feed-state.js";
import type { StoreStats } from "../../src/store/types.js";

describe("the delivery part of /stats", () => {
  it("shows subscribers by mode, follows, the outbox, the last day and each source", () => {
    const stats: StoreStats = {
      subscribers: { instant: 120, daily: 45, off: 7, inactive: 3 },
      follows: 31,
      outbox: { pending: 12, sending: 2 },
      last24h: { sent: 5400, failed: 4 },
      pushes: [],
      sources: [
        {
          ...NEW_SOURCE_STATE,
          name: "corpus",
          lastPollAt: "2023-03-28T04:00:00.000Z",
          lastSuccessAt: "2023-03-28T04:00:00.000Z",
        },
        {
          ...NEW_SOURCE_STATE,
          name: "feed:https://news.example/rss",
          lastPollAt: "2023-03-28T03:55:00.000Z",
          lastError: "HTTP 503 <Service Unavailable>",
          failures: 3,
        },
      ],
    };
    expect(composeStats(stats, "Asia/Baku").split("\n")).toEqual([
      "<b>Delivery</b>",
      "Subscribers: 120 instant, 45 daily, 7 off, 3 inactive",
      "Follows: 31",
      "Outbox: 12 waiting, 2 being sent",
      "Last 24 h: 5400 sent, 4 failed",
      "",
      "<b>Sources</b>",
      "• corpus: last poll 28 Mar 2023, 08:00",
      "• feed:https://news.example/rss: last poll 28 Mar 2023, 07:55, 3 failures in a row",
      "  last error: HTTP 503 &lt;Service Unavailable&gt;",
    ]);
  });
});
